// What makes a table row selectable like an item on the canvas: one row in the tab order (the
// selected one, or the first), selection on click or focus, and the row keys. Tables that select
// several rows also pass `multi`: Ctrl/Cmd+click and Shift+Space add or remove a row, Shift+click
// and Shift+arrows select a range, Ctrl/Cmd+arrows move the focus alone.

import type { FocusEvent, MouseEvent } from 'react';
import { rowKeyHandler } from './useRowKeys';

export interface MultiSelectRow {
  /** Whether this row is among the selected ones. */
  selected: boolean;
  toggle(id: string): void;
  /** Selects the rows from the range's anchor to this one. */
  extendTo(id: string): void;
}

export function selectableRowProps(options: {
  id: string;
  index: number;
  /** The row holding the table's one tab stop: the selected row, or the active one of several. */
  selectedId: string | null;
  ids: readonly string[];
  select(id: string): void;
  remove(id: string): Promise<boolean>;
  multi?: MultiSelectRow;
}) {
  const { id, index, selectedId, ids, select, remove, multi } = options;
  const selected = multi ? multi.selected : id === selectedId;
  return {
    'data-row-id': id,
    'aria-selected': selected,
    tabIndex: id === selectedId || (selectedId === null && index === 0) ? 0 : -1,
    className: selected ? 'selected' : undefined,
    onMouseDown: (event: MouseEvent<HTMLTableRowElement>) => {
      // A modified click picks rows: it must not select the page's text or move the focus
      // (focusing a row selects it alone).
      if (multi && hasModifier(event) && !isControl(event.target)) event.preventDefault();
    },
    onClick: (event: MouseEvent<HTMLTableRowElement>) => {
      if (multi && (event.ctrlKey || event.metaKey)) multi.toggle(id);
      else if (multi && event.shiftKey) multi.extendTo(id);
      else select(id);
    },
    onFocus: (event: FocusEvent<HTMLTableRowElement>) => {
      // Focus arriving from outside the table (Tab, a click) selects the row; moves between rows
      // are the keys' business, which have already chosen what to select.
      if (event.target !== event.currentTarget || selected) return;
      if (isRowOf(event.relatedTarget, event.currentTarget.parentElement)) return;
      select(id);
    },
    onKeyDown: rowKeyHandler({
      ids,
      currentId: id,
      onMove: select,
      onDelete: remove,
      onExtend: multi?.extendTo,
      onToggle: multi?.toggle,
    }),
  };
}

function hasModifier(event: MouseEvent): boolean {
  return event.shiftKey || event.ctrlKey || event.metaKey;
}

function isControl(target: EventTarget): boolean {
  return target instanceof Element && target.closest('input, select, textarea, button, a') !== null;
}

function isRowOf(target: EventTarget | null, body: HTMLElement | null): boolean {
  return target instanceof HTMLElement && body !== null && target.parentElement === body;
}
