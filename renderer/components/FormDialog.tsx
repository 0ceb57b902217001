// A modal dialog holding a small form (new map, rename map). Built on Radix Dialog, which handles
// focus trapping, Escape and the accessible name.

import * as Dialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode } from 'react';

interface FormDialogProps {
  open: boolean;
  title: string;
  description?: string;
  submitLabel: string;
  /** While the submitted work runs: the submit button is disabled and the form says it is busy. */
  busy?: boolean;
  onOpenChange(open: boolean): void;
  onSubmit(): void;
  children: ReactNode;
}

export function FormDialog(props: FormDialogProps) {
  const {
    open,
    title,
    description,
    submitLabel,
    busy = false,
    onOpenChange,
    onSubmit,
    children,
  } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {description && <Dialog.Description>{description}</Dialog.Description>}
          <form onSubmit={submit} className="dialog-form" aria-busy={busy}>
            {children}
            <div className="dialog-buttons">
              <Dialog.Close asChild>
                <button type="button">Cancel</button>
              </Dialog.Close>
              <button type="submit" className="primary" disabled={busy}>
                {submitLabel}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
