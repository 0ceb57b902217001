// What a spreadsheet column can be read as in the mapping step, in the words the user sees, and
// the checks on a set of choices before the import runs.

// From the modules themselves, not the interchange index: it would bring every importer (and
// their XML parser) into the first screen's code, when they belong to the import worker.
import type { CsvColumnRole, MappableField } from '@shared/format/interchange/csv/csvColumnGuess';
import { NODE_FIELD_NAMES } from '@shared/format/interchange/fieldNames';

export interface ColumnChoice {
  column: string;
  role: CsvColumnRole;
}

/** Stakemap's own names where the spreadsheet header would mislead ("Type" is the node's kind). */
const FIELD_LABELS: Partial<Record<MappableField, string>> = {
  kind: 'Kind',
  x: 'Position x',
  y: 'Position y',
};

const MAPPABLE_FIELDS = (
  Object.keys(NODE_FIELD_NAMES) as Array<keyof typeof NODE_FIELD_NAMES>
).filter((field): field is MappableField => field !== 'id');

export const FIELD_OPTIONS: ReadonlyArray<{ value: MappableField; label: string }> =
  MAPPABLE_FIELDS.map((field) => ({
    value: field,
    label: FIELD_LABELS[field] ?? NODE_FIELD_NAMES[field].header,
  }));

export const OTHER_OPTIONS: ReadonlyArray<{ value: 'extra' | 'drop'; label: string }> = [
  { value: 'extra', label: 'Keep as an extra field' },
  { value: 'drop', label: 'Leave out' },
];

export function roleLabel(role: CsvColumnRole): string {
  const option = [...FIELD_OPTIONS, ...OTHER_OPTIONS].find(({ value }) => value === role);
  return option?.label ?? role;
}

export interface ChoiceProblem {
  /** The columns the problem is about; their selects are marked invalid. */
  columns: string[];
  message: string;
}

/** Why these choices cannot be imported yet, or null when they can. */
export function problemWithChoices(choices: readonly ColumnChoice[]): ChoiceProblem | null {
  const labels = choices.filter(({ role }) => role === 'label');
  if (labels.length === 0) {
    return {
      columns: choices.map(({ column }) => column),
      message: 'Choose the column that holds each node’s label: every node needs one.',
    };
  }
  for (const { role } of choices) {
    if (role === 'extra' || role === 'drop') continue;
    const same = choices.filter((choice) => choice.role === role).map(({ column }) => column);
    if (same.length > 1) {
      const names = same.map((column) => `“${column}”`).join(' and ');
      return {
        columns: same,
        message: `${names} are both read as ${roleLabel(role)}: choose one, and read the other differently.`,
      };
    }
  }
  return null;
}
