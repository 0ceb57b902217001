// "Today" for the planning views: the user's local calendar day. Read once per render, so a view
// left open past midnight catches up on its next change.

import { localDay, type Day } from '@shared/domain/planning/days';

export function today(): Day {
  return localDay(new Date());
}
