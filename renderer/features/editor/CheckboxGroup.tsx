// A fieldset of checkboxes, one per choice, ticked when the choice is among those chosen.
// Memoised: the filter panel's tag, sector and owner groups run to a thousand boxes and more on a
// large map, and are drawn again only when their choices, the chosen ones or the legend change.

import { memo } from 'react';
import type { Choice } from '../../components/fields/optionElements';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: ReadonlyArray<Choice<T>>;
  chosen: readonly T[];
  onToggle(value: T): void;
}

function CheckboxGroupOf<T extends string>(props: CheckboxGroupProps<T>) {
  if (props.options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="checkbox-field">
          <input
            type="checkbox"
            checked={props.chosen.includes(option.value)}
            onChange={() => props.onToggle(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

// memo() loses the type parameter; the cast gives it back.
export const CheckboxGroup = memo(CheckboxGroupOf) as typeof CheckboxGroupOf;
