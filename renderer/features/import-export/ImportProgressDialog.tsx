// While a file is read, checked and written: which stage it is at, a bar that moves, and Cancel,
// which stops the work and changes nothing. The reading runs in a worker, so this stays usable.

import * as Dialog from '@radix-ui/react-dialog';
import type { ImportStage } from '../../data/importing/importMessages';
import './importExport.css';

export interface ImportProgress {
  stage: ImportStage;
  /** While writing: records written so far, and how many in all. */
  written: number;
  total: number;
}

interface ImportProgressDialogProps {
  fileName: string;
  progress: ImportProgress;
  /** Cancel was pressed; a write is rolling back. */
  cancelling: boolean;
  onCancel(): void;
}

const STAGES: Record<ImportStage, { step: number; text: string }> = {
  reading: { step: 1, text: 'Reading the file' },
  parsing: { step: 2, text: 'Parsing the file' },
  checking: { step: 3, text: 'Checking what it holds' },
  writing: { step: 4, text: 'Writing the new map' },
};

/** Where the bar is, out of 100: each stage has its share, and writing moves record by record. */
function percentDone({ stage, written, total }: ImportProgress): number {
  const start = { reading: 0, parsing: 10, checking: 40, writing: 70 }[stage];
  const share = stage === 'writing' && total > 0 ? (30 * written) / total : 0;
  return Math.round(start + share);
}

export function describeProgress({ stage, written, total }: ImportProgress): string {
  const { step, text } = STAGES[stage];
  const records =
    stage === 'writing' && total > 0
      ? ` (${written.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} records)`
      : '';
  return `Step ${step} of 4: ${text}${records}`;
}

export function ImportProgressDialog(props: ImportProgressDialogProps) {
  const { fileName, progress, cancelling, onCancel } = props;
  const description = cancelling
    ? 'Cancelling: nothing will be changed'
    : describeProgress(progress);
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          aria-describedby={undefined}
          // A stray click beside the dialog must not throw away a long import; Escape still cancels.
          onPointerDownOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title className="dialog-title">Importing {fileName}</Dialog.Title>
          <progress
            className="import-progress"
            aria-label="Import progress"
            aria-valuetext={description}
            max={100}
            value={percentDone(progress)}
          />
          <p role="status">{description}</p>
          <div className="dialog-buttons">
            <button type="button" onClick={onCancel}>
              Cancel import
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
