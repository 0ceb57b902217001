// Keyboard movement through table rows: Up and Down (and Home and End) move the selection, Delete
// removes the selected row. Keys pressed inside a cell's field belong to the field.

import type { KeyboardEvent } from 'react';

export function rowKeyHandler(options: {
  ids: readonly string[];
  currentId: string;
  onMove(id: string): void;
  onDelete(id: string): void;
}) {
  return (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    const index = options.ids.indexOf(options.currentId);
    const go = (next: number) => {
      const id = options.ids[Math.max(0, Math.min(options.ids.length - 1, next))];
      if (id === undefined) return;
      event.preventDefault();
      options.onMove(id);
      const row = event.currentTarget.parentElement?.querySelector<HTMLElement>(
        `[data-row-id="${CSS.escape(id)}"]`,
      );
      row?.focus();
    };
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(options.ids.length - 1);
    else if (event.key === 'Delete') {
      event.preventDefault();
      options.onDelete(options.currentId);
    }
  };
}
