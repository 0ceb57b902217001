// Select options for a vocabulary, labelled for people.

import { humanise } from '@shared/domain/labels';
import type { Choice } from './optionElements';

export function optionsOf<T extends string>(
  values: readonly T[],
  label: (value: T) => string = humanise,
): Array<Choice<T>> {
  return values.map((value) => ({ value, label: label(value) }));
}
