// Select options for a vocabulary, labelled for people.

import { humanise } from '@shared/domain/labels';

export function optionsOf<T extends string>(
  values: readonly T[],
  label: (value: T) => string = humanise,
): Array<{ value: T; label: string }> {
  return values.map((value) => ({ value, label: label(value) }));
}
