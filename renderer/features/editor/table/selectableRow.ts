// What makes a table row selectable like an item on the canvas: one row in the tab order (the
// selected one, or the first), selection on click or focus, and the row keys.

import type { FocusEvent } from 'react';
import { rowKeyHandler } from './useRowKeys';

export function selectableRowProps(options: {
  id: string;
  index: number;
  selectedId: string | null;
  ids: readonly string[];
  select(id: string): void;
  remove(id: string): Promise<boolean>;
}) {
  const { id, index, selectedId, ids, select, remove } = options;
  const selected = id === selectedId;
  return {
    'data-row-id': id,
    'aria-selected': selected,
    tabIndex: selected || (selectedId === null && index === 0) ? 0 : -1,
    className: selected ? 'selected' : undefined,
    onClick: () => select(id),
    onFocus: (event: FocusEvent<HTMLTableRowElement>) => {
      if (event.target === event.currentTarget && !selected) select(id);
    },
    onKeyDown: rowKeyHandler({ ids, currentId: id, onMove: select, onDelete: remove }),
  };
}
