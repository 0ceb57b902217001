// The <option> element for a choice, made once per choice object and handed out again after.
// A select listing a map's nodes has thousands of options and is drawn again after every edit:
// given the very element it had before, React passes an option over, where a new element (even
// one saying the same) makes it compare the option's props and visit its DOM node. So a list whose
// choices are the same objects as last time (see nodeChoices.ts) costs React little to redraw.

import type { ReactElement } from 'react';

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

const made = new WeakMap<Choice, ReactElement>();

export function optionElement(choice: Choice): ReactElement {
  let option = made.get(choice);
  if (option === undefined) {
    option = (
      <option key={choice.value} value={choice.value}>
        {choice.label}
      </option>
    );
    made.set(choice, option);
  }
  return option;
}
