// Small helpers for parser tests: build file text from a minimal valid envelope, and read the
// result as either a file or its problems, failing the test with the other side's content.

import { parseStakemapFile, type FormatProblem, type StakemapFile } from '@shared/format';

export const EXPORTED_AT = '2010-01-20T08:00:00.000Z';

/** A minimal valid file with the given top-level fields replaced. */
export function fileText(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'stakemap',
    version: 1,
    exportedAt: EXPORTED_AT,
    map: { id: 'm', name: 'Test map' },
    ...fields,
  });
}

export function parsedFile(text: string): StakemapFile {
  const result = parseStakemapFile(text);
  if (!result.ok) throw new Error(`expected a file, got problems: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function problemsOf(text: string): FormatProblem[] {
  const result = parseStakemapFile(text);
  if (result.ok) throw new Error('expected problems, but the file was accepted');
  return result.error;
}

export function person(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, kind: 'person', label: `Person ${id}`, ...fields };
}

export function nodeOf(kind: string, id: string, fields: Record<string, unknown> = {}) {
  return { id, kind, label: `${kind} ${id}`, ...fields };
}
