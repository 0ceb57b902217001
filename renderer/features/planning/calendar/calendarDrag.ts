// What a calendar drag carries: which item (an event node or an action) is being moved. Kept in
// the drag data as text so the drop target needs no shared state with the drag source.

import type { DragEvent } from 'react';

export interface DraggedItem {
  type: 'event' | 'action';
  id: string;
}

const MIME = 'application/x-stakemap-calendar-item';

export function startItemDrag(event: DragEvent, item: DraggedItem): void {
  event.dataTransfer.setData(MIME, JSON.stringify(item));
  event.dataTransfer.setData('text/plain', item.id);
  event.dataTransfer.effectAllowed = 'move';
}

export function isItemDrag(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(MIME);
}

export function droppedItem(event: DragEvent): DraggedItem | null {
  try {
    const value: unknown = JSON.parse(event.dataTransfer.getData(MIME));
    if (typeof value !== 'object' || value === null) return null;
    const type = Reflect.get(value, 'type');
    const id = Reflect.get(value, 'id');
    if ((type === 'event' || type === 'action') && typeof id === 'string') return { type, id };
    return null;
  } catch {
    return null;
  }
}

/** Props that make an element a drop target for calendar items. */
export function dropTarget(onDrop: (item: DraggedItem) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (!isItemDrag(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: DragEvent) => {
      const item = droppedItem(event);
      if (!item) return;
      event.preventDefault();
      onDrop(item);
    },
  };
}
