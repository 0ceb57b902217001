// A select for one field of several nodes: it shows the value they share, or "(mixed)" when they
// differ, and reports undefined while the user has not chosen anything (leave each node as it is).

import type { Shared } from '@shared/domain/bulkEdit';

export const MIXED = '(mixed)';

interface MixedSelectProps<T extends string> {
  label: string;
  shared: Shared<T | null>;
  /** What the user chose: undefined until they choose, null for the empty choice. */
  value: T | null | undefined;
  options: ReadonlyArray<{ value: T; label: string }>;
  /** The label of the "none" choice; without it, none is not offered. */
  emptyLabel?: string;
  onChange(value: T | null | undefined): void;
}

// Option values are positions, so no stored value (an imported id could be anything) can collide
// with the "(mixed)" or "none" choices.
const KEEP = 'keep';
const NONE = 'none';
const optionValue = (index: number) => `option-${index}`;

export function MixedSelect<T extends string>(props: MixedSelectProps<T>) {
  const { label, shared, value, options, emptyLabel, onChange } = props;
  const encode = (chosen: T | null): string => {
    if (chosen === null) return NONE;
    const index = options.findIndex((option) => option.value === chosen);
    return index < 0 ? KEEP : optionValue(index);
  };
  const shown = value !== undefined ? encode(value) : shared.mixed ? KEEP : encode(shared.value);
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={shown}
        onChange={(event) => {
          const picked = event.target.value;
          if (picked === KEEP) onChange(undefined);
          else if (picked === NONE) onChange(null);
          else onChange(options[Number(picked.slice('option-'.length))]?.value);
        }}
      >
        {(shared.mixed || shown === KEEP) && <option value={KEEP}>{MIXED}</option>}
        {emptyLabel !== undefined && <option value={NONE}>{emptyLabel}</option>}
        {options.map((option, index) => (
          <option key={option.value} value={optionValue(index)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
