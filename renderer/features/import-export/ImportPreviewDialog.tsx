// Before a file from another tool becomes a map: what will be created (counts per kind), how the
// file was read, and what was not understood and what will happen to it. Nothing is stored until
// the user says so, and then all of it is stored in one transaction.

import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import { pluralise } from '../../components/relativeTime';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { NODE_KINDS } from '@shared/domain/vocabulary';
import type { ImportSummary } from '@shared/format/interchange/types';

interface ImportPreviewDialogProps {
  fileName: string;
  /** For spreadsheets: the relationships file read with the nodes file, if any. */
  relationshipsFileName: string | null;
  onAddRelationships?: () => void;
  /** For a single spreadsheet: say what each column holds instead of reading it Kumu's way. */
  onChooseColumns?: () => void;
  formatLabel: string;
  suggestedName: string;
  summary: ImportSummary;
  onCancel(): void;
  onConfirm(mapName: string): void;
}

export function ImportPreviewDialog(props: ImportPreviewDialogProps) {
  const { fileName, formatLabel, suggestedName, summary, onCancel, onConfirm } = props;
  const { relationshipsFileName, onAddRelationships, onChooseColumns } = props;
  const [name, setName] = useState(suggestedName);
  const kinds = NODE_KINDS.filter((kind) => summary.countsByKind[kind] > 0);
  const total = kinds.reduce((sum, kind) => sum + summary.countsByKind[kind], 0);
  return (
    <FormDialog
      open
      title="Import as a new map"
      submitLabel="Import as new map"
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      onSubmit={() => onConfirm(name)}
    >
      <p>
        <strong>{fileName}</strong> ({formatLabel}) will become a new map with{' '}
        {pluralise(total, 'node')} and {pluralise(summary.relationships, 'relationship')}. Your
        other maps are not touched.
      </p>
      {onAddRelationships && (
        <p className="button-row">
          <span>
            {relationshipsFileName
              ? `Relationships from ${relationshipsFileName}.`
              : 'Relationships can come from a second spreadsheet (From, To, Type…).'}
          </span>
          <button type="button" onClick={onAddRelationships}>
            {relationshipsFileName ? 'Use another relationships file…' : 'Add relationships file…'}
          </button>
        </p>
      )}
      {onChooseColumns && (
        <p className="button-row">
          <span>Not read as you expected? Say what each column holds.</span>
          <button type="button" onClick={onChooseColumns}>
            Choose columns…
          </button>
        </p>
      )}
      <label className="field">
        <span>Map name</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {kinds.length > 0 && (
        <ul aria-label="Nodes by kind" className="import-counts">
          {kinds.map((kind) => (
            <li key={kind}>
              {NODE_KIND_LABELS[kind]}: {summary.countsByKind[kind]}
            </li>
          ))}
        </ul>
      )}
      {summary.mapped.length > 0 && (
        <details>
          <summary>How the file was read ({summary.mapped.length})</summary>
          <ul className="import-notes">
            {summary.mapped.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.notUnderstood.length > 0 && (
        <details open>
          <summary>Not understood ({summary.notUnderstood.length})</summary>
          <ul className="import-notes">
            {summary.notUnderstood.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </FormDialog>
  );
}
