// Asks for a map's name, for a new map or a rename.

import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';

interface MapNameDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  initialName: string;
  onClose(): void;
  onSubmit(name: string): void;
}

export function MapNameDialog(props: MapNameDialogProps) {
  const { open, title, submitLabel, initialName, onClose, onSubmit } = props;
  const [name, setName] = useState(initialName);
  return (
    <FormDialog
      open={open}
      title={title}
      submitLabel={submitLabel}
      onOpenChange={(isOpen) => {
        if (!isOpen) {
          setName(initialName);
          onClose();
        }
      }}
      onSubmit={() => {
        onSubmit(name);
        setName(initialName);
      }}
    >
      <label className="field">
        <span>Map name</span>
        <input
          type="text"
          value={name}
          placeholder="Untitled map"
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          autoFocus
        />
      </label>
    </FormDialog>
  );
}
