// The import worker's reading, run in place: the stages it reports and what each kind of file
// turns into (a native map, another tool's preview, or a spreadsheet's columns to map).

import { describe, expect, it } from 'vitest';
import { serializeStakemapFile } from '@shared/format';
import type { ImportStage } from '../../../renderer/data/importing/importMessages';
import { readImport } from '../../../renderer/data/importing/readImport';
import { aBundle } from '../../factories/records';

const NOW = '2026-02-02T00:00:00.000Z';

function read(name: string, text: string) {
  const stages: ImportStage[] = [];
  const result = readImport(
    { type: 'file', file: { name, text }, mapId: 'new-map', now: NOW },
    (stage) => stages.push(stage),
  );
  return { stages, result };
}

describe('readImport', () => {
  it('parses then checks a native file into the records of the new map', () => {
    const text = serializeStakemapFile(aBundle(), { exportedAt: NOW, appVersion: 'test' });
    const { stages, result } = read('Test.stakemap.json', text);
    expect(stages).toEqual(['parsing', 'checking']);
    expect(result.ok && result.value.kind).toBe('native');
    if (result.ok && result.value.kind === 'native') {
      expect(result.value.bundle.map.id).toBe('new-map');
      expect(result.value.bundle.nodes.every((node) => node.mapId === 'new-map')).toBe(true);
    }
  });

  it('stops at parsing when the JSON is broken', () => {
    const { stages, result } = read('Broken.stakemap.json', '{"format": "stakemap",');
    expect(stages).toEqual(['parsing']);
    expect(result.ok).toBe(false);
  });

  it('previews a Kumu-style spreadsheet', () => {
    const { stages, result } = read('nodes.csv', 'Label,Type\nAnn,Person\n');
    expect(stages).toEqual(['parsing', 'checking']);
    expect(result.ok && result.value.kind).toBe('preview');
  });

  it('asks for the columns of a spreadsheet with no Label column, and says why', () => {
    const { result } = read('people.csv', 'Who;Email\nAnn;ann@example.org\n');
    expect(result).toMatchObject({
      ok: true,
      value: {
        kind: 'columns',
        columns: [
          { name: 'Who', guess: 'label' },
          { name: 'Email', guess: 'email' },
        ],
        reason: expect.stringContaining('there is no "Label" or "ID" column'),
      },
    });
  });

  it('refuses a CSV that cannot be read at all, without a mapping step', () => {
    const { result } = read('broken.csv', 'Who,Email\n"Ann,ann@example.org\n');
    expect(result.ok).toBe(false);
  });
});
