import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '@shared/format';
import { MIGRATIONS, migrateFile, type Migration } from '@shared/format/migrations';
import { readStakemapFile } from '@shared/format/parseStakemapFile';
import { fileText } from './parseHelpers';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pretend old version that called a node's label its `title`. */
const titleToLabel: Migration = {
  from: 1,
  to: 2,
  migrate(raw) {
    if (!isRecord(raw) || !Array.isArray(raw['nodes'])) return raw;
    const nodes: unknown[] = raw['nodes'].map((node: unknown) => {
      if (!isRecord(node)) return node;
      const { title, ...rest } = node;
      return { ...rest, label: title };
    });
    return { ...raw, nodes };
  },
};

describe('the migration list', () => {
  it('has one step for each version before the current one, in order', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_FORMAT_VERSION - 1);
    MIGRATIONS.forEach((migration, index) => {
      expect(migration).toMatchObject({ from: index + 1, to: index + 2 });
    });
  });
});

describe('migrateFile', () => {
  it('returns the file unchanged when it is already at the target version', () => {
    const raw = { any: 'thing' };
    expect(migrateFile(raw, 1, 1, [])).toEqual({ ok: true, value: raw });
  });

  it('runs every step from the file version up to the target, in order', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      from,
      to: from + 1,
      migrate: (raw) => {
        seen.push(from);
        return { ...(raw as object), [`v${from + 1}`]: true };
      },
    });
    const result = migrateFile({}, 2, 4, [step(3), step(1), step(2)]);
    expect(seen).toEqual([2, 3]);
    expect(result).toEqual({ ok: true, value: { v3: true, v4: true } });
  });

  it('reports a missing step', () => {
    expect(migrateFile({}, 1, 3, [titleToLabel])).toEqual({
      ok: false,
      error: [
        {
          path: '',
          message: 'This version of Stakemap cannot upgrade files from format version 2.',
        },
      ],
    });
  });

  it('reports a step that throws instead of throwing', () => {
    const broken: Migration = {
      from: 1,
      to: 2,
      migrate: () => {
        throw new Error('no nodes list');
      },
    };
    expect(migrateFile({}, 1, 2, [broken])).toEqual({
      ok: false,
      error: [
        {
          path: '',
          message: 'This file could not be upgraded from format version 1 to 2: no nodes list',
        },
      ],
    });
  });
});

describe('the reader with a fake migration', () => {
  const reader = { newestVersion: 2, migrations: [titleToLabel] };
  const oldFile = fileText({ nodes: [{ id: 'a', kind: 'person', title: 'From version 1' }] });

  it('migrates an older file before checking it', () => {
    const result = readStakemapFile(oldFile, reader);
    expect(result.ok && result.value.nodes[0]?.label).toBe('From version 1');
  });

  it('would refuse the same file without the migration', () => {
    const result = readStakemapFile(oldFile, { newestVersion: 1, migrations: [] });
    expect(!result.ok && result.error).toEqual([
      { path: 'nodes[0].label', message: 'missing; expected text' },
    ]);
  });

  it('refuses versions newer than the newest it knows', () => {
    const result = readStakemapFile(fileText({ version: 3 }), reader);
    expect(!result.ok && result.error[0]?.message).toContain('reads format versions up to 2');
  });
});
