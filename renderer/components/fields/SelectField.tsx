// A labelled select over a closed vocabulary, with an optional "not set" choice.

import { optionElement, type Choice } from './optionElements';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | null;
  options: ReadonlyArray<Choice<T>>;
  onChange(value: T | null): void;
  emptyLabel?: string;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, value, options, onChange, emptyLabel } = props;
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onChange(chosen ? chosen.value : null);
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map(optionElement)}
      </select>
    </label>
  );
}
