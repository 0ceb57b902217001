// Collects samples per scenario and size, then reports medians: the JSON the issue specifies and
// a table with baseline and limit columns and their ratios.

import { median } from './stats';

export type Column = 'stakemap' | 'baseline' | 'limit';
export type Unit = 'ms' | 'MB' | 'KB' | '%';

export interface Size {
  nodes: number;
  edges: number;
}

export interface ResultRow {
  scenario: string;
  nodes: number;
  edges: number;
  stakemap: number | null;
  baseline: number | null;
  limit: number | null;
  unit: Unit;
}

export interface BenchReport {
  chromium: string;
  results: ResultRow[];
}

interface Entry {
  scenario: string;
  size: Size;
  unit: Unit;
  samples: Record<Column, number[]>;
}

export class Results {
  private readonly entries = new Map<string, Entry>();
  readonly notes: string[] = [];

  private entry(scenario: string, size: Size, unit: Unit): Entry {
    const key = `${size.nodes}/${size.edges}/${scenario}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { scenario, size, unit, samples: { stakemap: [], baseline: [], limit: [] } };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Adds one run's value; null only makes sure the row exists. */
  add(scenario: string, size: Size, column: Column, value: number | null, unit: Unit = 'ms') {
    const entry = this.entry(scenario, size, unit);
    if (value !== null && Number.isFinite(value)) entry.samples[column].push(value);
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  rows(): ResultRow[] {
    return [...this.entries.values()].map(({ scenario, size, unit, samples }) => ({
      scenario,
      nodes: size.nodes,
      edges: size.edges,
      stakemap: round(median(samples.stakemap)),
      baseline: round(median(samples.baseline)),
      limit: round(median(samples.limit)),
      unit,
    }));
  }
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function cell(value: number | null): string {
  if (value === null) return '—';
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

function ratio(a: number | null, b: number | null): string {
  if (a === null || b === null || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

/** The table printed at the end of a run: one block per size. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['scenario', 'unit', 'stakemap', 'baseline', 'st/base', 'limit', 'st/limit'];
  const lines: string[][] = [];
  let lastSize = '';
  for (const row of rows) {
    const size = row.nodes === 0 ? 'any size' : `${row.nodes} nodes / ${row.edges} edges`;
    if (size !== lastSize) {
      lines.push([`— ${size}`, '', '', '', '', '', '']);
      lastSize = size;
    }
    lines.push([
      row.scenario,
      row.unit,
      cell(row.stakemap),
      cell(row.baseline),
      ratio(row.stakemap, row.baseline),
      cell(row.limit),
      ratio(row.stakemap, row.limit),
    ]);
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (line: readonly string[]) =>
    line
      .map((text, column) =>
        column === 0 ? text.padEnd(widths[0] ?? 0) : text.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [
    format(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...lines.map((line) => (line[1] === '' ? (line[0] ?? '') : format(line))),
    '',
    'st/base and st/limit are Stakemap ÷ baseline and Stakemap ÷ limit: below 1× is better.',
  ].join('\n');
}
