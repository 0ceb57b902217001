// Reads CSV text into a header and rows, each row with the line it starts on, using papaparse.
// Comma, semicolon or tab separated (whichever the header line uses most), UTF-8 with or without a
// byte order mark, quoted cells over several lines.

import Papa from 'papaparse';
import { err, ok, type Result } from '../../../result';
import type { FormatProblem } from '../../fileTypes';
import { problem } from '../../problems';
import { MAX_ELEMENTS, tooManyElements } from '../limits';
import { textProblem, withoutBom } from '../textChecks';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  fileName: string;
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Rows with more cells than the header has columns: the extra cells are not read. */
  longRows: number[];
}

const DELIMITERS = [',', ';', '\t'];

/** `nodes.csv line 14, column "Type"`: where a cell is, as a user finds it in an editor. */
export function cellWhere(table: CsvTable, line: number, column?: string): string {
  const at = `${table.fileName} line ${line}`;
  return column === undefined ? at : `${at}, column "${column}"`;
}

/**
 * The separator the header line uses most (outside quotes), or undefined for a one-column file.
 * Papaparse's own guess wants two or more cells on most lines, so a two-column file with a blank
 * last line is mistaken for one column; the header settles it instead.
 */
function headerDelimiter(body: string): string | undefined {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] ?? '';
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && DELIMITERS.includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) {
      best = delimiter;
    }
  }
  return best;
}

function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export function readCsvTable(text: string, fileName: string): Result<CsvTable, FormatProblem[]> {
  const textIssue = textProblem(text, fileName);
  if (textIssue) return err([textIssue]);
  const body = withoutBom(text);
  const rows: CsvRow[] = [];
  const problems: FormatProblem[] = [];
  let delimiter = ',';
  let start = 0;
  let line = 1;
  let tooMany = false;
  const separator = headerDelimiter(body);
  Papa.parse<string[]>(body, {
    ...(separator === undefined ? { delimitersToGuess: DELIMITERS } : { delimiter: separator }),
    step: (result, parser) => {
      delimiter = result.meta.delimiter;
      const end = result.meta.cursor;
      const rowLine = line;
      for (let i = start; i < end; i += 1) if (body.charCodeAt(i) === 10) line += 1;
      start = end;
      for (const error of result.errors) {
        if (error.type === 'Quotes') {
          problems.push(
            problem(
              `${fileName} line ${rowLine}`,
              'a quoted cell is never closed: a " is missing, so the rest of the file would be one cell',
            ),
          );
        }
      }
      if (!isEmptyRow(result.data)) rows.push({ line: rowLine, cells: result.data });
      if (rows.length > MAX_ELEMENTS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return err([problem(fileName, tooManyElements(rows.length - 1))]);
  if (problems.length > 0) return err(problems);
  const [header, ...data] = rows;
  if (!header) return err([problem(fileName, 'This file is empty.')]);
  const headers = header.cells.map((cell) => cell.trim());
  const table: CsvTable = { fileName, headers, rows: data, delimiter, longRows: [] };
  table.longRows = data.filter((row) => row.cells.length > headers.length).map((row) => row.line);
  return ok(table);
}

/** A cell by column index; '' when a short row leaves it out. */
export function cellAt(row: CsvRow, index: number): string {
  return row.cells[index] ?? '';
}

/** The index of the first header matching one of `test`; -1 when none does. */
export function columnIndex(table: CsvTable, test: (header: string) => boolean): number {
  return table.headers.findIndex(test);
}
