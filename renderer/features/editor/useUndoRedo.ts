// Undo and redo for the open map from every way in: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y)
// on the keyboard, and the Edit menu. In a text field the keys undo typing, as users expect.

import { useEffect } from 'react';
import { redo, undo } from '../../state/history';
import { useMenuCommand } from '../../state/menuCommands';
import { announce, reportFailure } from '../../state/notices';
import { isTextEntry } from '../../state/textEntry';

export function runUndo(mapId: string): void {
  undo(mapId)
    .then((label) => announce(label ? `Undid ${label}.` : 'Nothing to undo.'))
    .catch(reportFailure('Undo failed: the map is as it was.'));
}

export function runRedo(mapId: string): void {
  redo(mapId)
    .then((label) => announce(label ? `Redid ${label}.` : 'Nothing to redo.'))
    .catch(reportFailure('Redo failed: the map is as it was.'));
}

function menuStep(mapId: string, direction: 'undo' | 'redo'): void {
  if (isTextEntry(document.activeElement)) {
    // The menu took the keystroke from the field; hand it back to the field's own history.
    document.execCommand(direction);
    return;
  }
  if (direction === 'undo') runUndo(mapId);
  else runRedo(mapId);
}

/**
 * On the desktop the Edit menu owns the accelerators, so listening to the keys as well would undo
 * twice; in the browser there is no menu and the keys are heard here.
 */
export function useUndoRedo(mapId: string, listenToKeys: boolean): void {
  useMenuCommand('edit:undo', () => menuStep(mapId, 'undo'));
  useMenuCommand('edit:redo', () => menuStep(mapId, 'redo'));

  useEffect(() => {
    if (!listenToKeys) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        runUndo(mapId);
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        runRedo(mapId);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [mapId, listenToKeys]);
}
