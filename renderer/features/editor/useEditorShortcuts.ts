// Listens for the editor's single-key shortcuts while the focus is not in a text field or a dialog,
// and hands each to the editor.

import { useEffect, useRef } from 'react';
import { isTextEntry } from '../../state/textEntry';
import { shortcutFor, type ShortcutAction } from './shortcuts';

export function useEditorShortcuts(
  onShortcut: (action: ShortcutAction, event: KeyboardEvent) => boolean,
): void {
  const latest = useRef(onShortcut);
  useEffect(() => {
    latest.current = onShortcut;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      const inField = isTextEntry(event.target);
      if (inField && action !== 'search') return;
      // Keys typed in a dialog, a table row or a button belong there, except the global ones.
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('[role="dialog"], [role="alertdialog"]')) return;
      if (target?.closest('tr[data-row-id]') && action.startsWith('nudge')) return;
      if (target?.closest('[role="tablist"]') && action.startsWith('nudge')) return;
      if (latest.current(action, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
