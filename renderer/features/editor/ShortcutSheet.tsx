// The list of keyboard shortcuts, opened with "?" or the toolbar's Shortcuts button.

import * as Dialog from '@radix-ui/react-dialog';
import { SHORTCUTS } from './shortcuts';

interface ShortcutSheetProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function ShortcutSheet({ open, onOpenChange }: ShortcutSheetProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="muted">
            Shortcuts work when the cursor is not in a text box. On a Mac, use Cmd for Ctrl.
          </Dialog.Description>
          <table className="shortcut-table">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What it does</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((shortcut) => (
                <tr key={shortcut.action}>
                  <td>
                    <kbd>{shortcut.keys}</kbd>
                  </td>
                  <td>{shortcut.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
