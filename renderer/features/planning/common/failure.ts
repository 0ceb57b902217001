// The one way planning views report a change that did not save: the map did not change, and the
// reason is shown to the user.

import { reportError } from '../../../state/notices';

export function failure(what: string) {
  return (error: unknown) =>
    reportError(`${what} failed: nothing was changed.`, [
      error instanceof Error ? error.message : String(error),
    ]);
}
