// Keyboard movement through table rows: Up and Down (and Home and End) move the selection, Delete
// (Backspace on a Mac keyboard) removes the selected row and moves the focus to the row that takes
// its place, so the keyboard stays in the table. In tables that select several rows, Shift with a
// move extends the selection, Ctrl/Cmd with a move moves the focus alone, and Shift+Space adds or
// removes the focused row. Keys pressed inside a cell's field belong to the field.

import type { KeyboardEvent } from 'react';

export function rowKeyHandler(options: {
  ids: readonly string[];
  currentId: string;
  onMove(id: string): void;
  /** Resolves with whether the row was deleted. */
  onDelete(id: string): Promise<boolean>;
  /** Selects from the range's anchor to this row (Shift with a move). */
  onExtend?(id: string): void;
  /** Adds the row to the selection or takes it out (Shift+Space). */
  onToggle?(id: string): void;
}) {
  return (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    const index = options.ids.indexOf(options.currentId);
    const { onExtend, onToggle } = options;
    const multi = onExtend !== undefined;
    const go = (next: number) => {
      const id = options.ids[Math.max(0, Math.min(options.ids.length - 1, next))];
      if (id === undefined) return;
      event.preventDefault();
      if (multi && event.shiftKey) onExtend(id);
      else if (!(multi && (event.ctrlKey || event.metaKey))) options.onMove(id);
      const row = event.currentTarget.parentElement?.querySelector<HTMLElement>(
        `[data-row-id="${CSS.escape(id)}"]`,
      );
      row?.focus();
    };
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(options.ids.length - 1);
    else if (event.key === ' ' && event.shiftKey && onToggle) {
      event.preventDefault();
      onToggle(options.currentId);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      // The focused row goes away with the record; without a new home the focus would fall to
      // the page and a keyboard user would have to find the table again.
      const nextId = options.ids[index + 1] ?? options.ids[index - 1];
      const body = event.currentTarget.parentElement;
      void options.onDelete(options.currentId).then((deleted) => {
        if (!deleted || nextId === undefined) return;
        // A frame later, so a confirmation dialog that just closed has let go of the focus.
        requestAnimationFrame(() =>
          body?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(nextId)}"]`)?.focus(),
        );
      });
    }
  };
}
