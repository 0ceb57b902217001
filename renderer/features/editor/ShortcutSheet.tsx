// The list of keyboard shortcuts, opened with "?" or the toolbar's Shortcuts button.

import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { SELECTION_GESTURES, SHORTCUTS } from './shortcuts';

interface ShortcutSheetProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function ShortcutSheet({ open, onOpenChange }: ShortcutSheetProps) {
  // "?" opens the sheet without a trigger button, so Radix would drop the focus on the page when
  // it closes; give it back to whatever had it, such as the canvas.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-wide"
          onOpenAutoFocus={() => {
            const active = document.activeElement;
            returnFocusTo.current = active instanceof HTMLElement ? active : null;
          }}
          onCloseAutoFocus={(event) => {
            const target = returnFocusTo.current;
            if (target?.isConnected !== true) return;
            event.preventDefault();
            target.focus();
          }}
        >
          <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="muted">
            Shortcuts work when the cursor is not in a text box. On a Mac, use Cmd for Ctrl.
          </Dialog.Description>
          <KeyTable rows={SHORTCUTS} />
          <h3>Selecting several nodes</h3>
          <KeyTable rows={SELECTION_GESTURES} />
          <div className="dialog-buttons">
            <Dialog.Close asChild>
              <button type="button" className="primary">
                Close
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Keys on the left, what they do on the right; one table per group. */
function KeyTable({ rows }: { rows: readonly { keys: string; description: string }[] }) {
  return (
    <table className="shortcut-table">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.description}>
            <td>
              <kbd>{row.keys}</kbd>
            </td>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
