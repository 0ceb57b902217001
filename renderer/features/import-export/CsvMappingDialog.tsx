// The column-mapping step for one spreadsheet: for each column, what it holds (the label, the
// kind, the tags, another Stakemap field) or whether it is kept as an extra field or left out.
// Each choice starts from a guess made from the column's header; the user confirms or changes it.

import { useId, useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import type { CsvColumn } from '@shared/format/interchange';
import {
  FIELD_OPTIONS,
  OTHER_OPTIONS,
  problemWithChoices,
  type ChoiceProblem,
  type ColumnChoice,
} from './columnChoices';
import './importExport.css';

interface CsvMappingDialogProps {
  fileName: string;
  columns: readonly CsvColumn[];
  /** Why the file was not read as a Kumu-style spreadsheet; empty when the user asked for this. */
  reason: string;
  onCancel(): void;
  onConfirm(choices: ColumnChoice[]): void;
}

export function CsvMappingDialog(props: CsvMappingDialogProps) {
  const { fileName, columns, reason, onCancel, onConfirm } = props;
  const [choices, setChoices] = useState<ColumnChoice[]>(() =>
    columns.map(({ name, guess }) => ({ column: name, role: guess })),
  );
  const [problem, setProblem] = useState<ChoiceProblem | null>(null);
  const problemId = useId();

  const choose = (index: number, role: ColumnChoice['role']) => {
    setChoices((current) =>
      current.map((choice, at) => (at === index ? { ...choice, role } : choice)),
    );
    setProblem(null);
  };

  const submit = () => {
    const found = problemWithChoices(choices);
    setProblem(found);
    if (found) {
      const first = choices.findIndex(({ column }) => found.columns.includes(column));
      document.getElementById(`${problemId}-${first}`)?.focus();
      return;
    }
    onConfirm(choices);
  };

  return (
    <FormDialog
      open
      title="Choose what each column holds"
      submitLabel="Continue"
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      onSubmit={submit}
    >
      <div className="column-mapping">
        <p>
          Each row of <strong>{fileName}</strong> becomes a node. Say which column holds the label,
          the kind and the tags, and whether to keep each other column as an extra field or leave it
          out.
        </p>
        {reason && (
          <p className="column-mapping-reason">It is not a Kumu-style spreadsheet: {reason}</p>
        )}
        <table className="column-mapping-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First value</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, index) => {
              const invalid = problem?.columns.includes(column.name) ?? false;
              return (
                <tr key={column.name}>
                  <th scope="row">{column.name}</th>
                  <td className="column-mapping-example">{column.example || '(empty)'}</td>
                  <td>
                    <select
                      id={`${problemId}-${index}`}
                      aria-label={`Read “${column.name}” as`}
                      aria-invalid={invalid || undefined}
                      aria-describedby={invalid ? problemId : undefined}
                      value={choices[index]?.role ?? 'extra'}
                      onChange={(event) =>
                        choose(index, event.target.value as ColumnChoice['role'])
                      }
                    >
                      <optgroup label="Stakemap fields">
                        {FIELD_OPTIONS.map(({ value, label }) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label="Other">
                        {OTHER_OPTIONS.map(({ value, label }) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {problem && (
          <p id={problemId} role="alert" className="field-problem">
            {problem.message}
          </p>
        )}
      </div>
    </FormDialog>
  );
}
