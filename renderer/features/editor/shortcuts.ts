// The editor's keyboard shortcuts, in one table that both the key handler and the shortcut sheet
// read, so the sheet can never disagree with what the keys do.

export type ShortcutAction =
  | 'add-node'
  | 'connect'
  | 'delete'
  | 'search'
  | 'network-view'
  | 'table-view'
  | 'other-view'
  | 'fit'
  | 'nudge-left'
  | 'nudge-right'
  | 'nudge-up'
  | 'nudge-down'
  | 'help'
  | 'clear-selection'
  | 'undo'
  | 'redo';

export interface Shortcut {
  action: ShortcutAction;
  keys: string;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'add-node', keys: 'N', description: 'Add a node (puts the cursor in the label box)' },
  { action: 'connect', keys: 'C', description: 'Connect mode on or off' },
  { action: 'delete', keys: 'Delete', description: 'Delete the selected nodes or relationship' },
  { action: 'search', keys: 'Ctrl+F or /', description: 'Search nodes' },
  { action: 'network-view', keys: '1', description: 'Network view' },
  { action: 'table-view', keys: '2', description: 'Table view' },
  { action: 'other-view', keys: '3–9', description: 'The other views, in the order of their tabs' },
  { action: 'fit', keys: 'F', description: 'Fit the map to the screen' },
  {
    action: 'nudge-left',
    keys: '←',
    description: 'Nudge the selected nodes left (Shift: further)',
  },
  { action: 'nudge-right', keys: '→', description: 'Nudge the selected nodes right' },
  { action: 'nudge-up', keys: '↑', description: 'Nudge the selected nodes up' },
  { action: 'nudge-down', keys: '↓', description: 'Nudge the selected nodes down' },
  {
    action: 'clear-selection',
    keys: 'Escape',
    description: 'Select nothing (in connect mode: stop connecting)',
  },
  { action: 'undo', keys: 'Ctrl+Z', description: 'Undo' },
  { action: 'redo', keys: 'Ctrl+Shift+Z', description: 'Redo' },
  { action: 'help', keys: '?', description: 'Show this list of shortcuts' },
];

/**
 * Picking several nodes for a bulk edit or delete. These are handled where they happen (the
 * canvas, the table rows), not by the editor's key handler; listed here so the sheet shows them.
 */
export const SELECTION_GESTURES: ReadonlyArray<{ keys: string; description: string }> = [
  { keys: 'Shift+click or Ctrl+click', description: 'On the map: add a node or take it out' },
  { keys: 'Shift+drag', description: 'On the map: add the nodes inside the box' },
  { keys: 'Ctrl+click', description: 'In the table: add a row or take it out' },
  { keys: 'Shift+click', description: 'In the table: select the rows from the last one picked' },
  { keys: 'Shift+↑ or Shift+↓', description: 'In the table: extend the selection' },
  { keys: 'Ctrl+↑ or Ctrl+↓', description: 'In the table: move without selecting' },
  { keys: 'Shift+Space', description: 'In the table: add the row or take it out' },
];

/** Which action a key press asks for, or null. Undo and redo are handled with the Edit menu. */
export function shortcutFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ShortcutAction | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  if (mod) return event.key.toLowerCase() === 'f' ? 'search' : null;
  switch (event.key) {
    case 'n':
    case 'N':
      return 'add-node';
    case 'c':
    case 'C':
      return 'connect';
    case 'Delete':
    case 'Backspace':
      return 'delete';
    case '/':
      return 'search';
    case '1':
      return 'network-view';
    case '2':
      return 'table-view';
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      return 'other-view';
    case 'f':
    case 'F':
      return 'fit';
    case 'ArrowLeft':
      return 'nudge-left';
    case 'ArrowRight':
      return 'nudge-right';
    case 'ArrowUp':
      return 'nudge-up';
    case 'ArrowDown':
      return 'nudge-down';
    case '?':
      return 'help';
    case 'Escape':
      return 'clear-selection';
    default:
      return null;
  }
}

export const NUDGE_STEP = 10;
export const NUDGE_STEP_LARGE = 50;
