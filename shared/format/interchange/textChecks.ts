// Checks every importer runs on the text before reading it: is there anything there, and is it
// text at all. Files arrive as strings; a file that was not UTF-8 arrives with U+FFFD in it.

import type { FormatProblem } from '../fileTypes';
import { problem } from '../problems';

const BYTE_ORDER_MARK = '\uFEFF';

export function withoutBom(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** A problem when the text is empty, binary, or was not UTF-8; null when it can be read. */
export function textProblem(text: string, fileName: string): FormatProblem | null {
  const where = fileName === '' ? '' : fileName;
  if (text.trim() === '') return problem(where, 'This file is empty.');
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return problem(
      where,
      `This is not a text file (it holds binary data, first on line ${lineOf(text, nul)}). ` +
        'Export it from its program as CSV, JSON, GEXF or GraphML and import that.',
    );
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return problem(
      where,
      `This file is not UTF-8 text: line ${lineOf(text, replacement)} has characters that ` +
        'could not be read. Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.',
    );
  }
  return null;
}
