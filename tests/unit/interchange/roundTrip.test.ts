import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapBundle } from '@shared/domain/types';
import { serializeStakemapFile } from '@shared/format';
import {
  exportCsv,
  exportCytoscape,
  exportGexf,
  exportGraphml,
  exportKumu,
  importCsv,
  importCytoscape,
  importGexf,
  importGraphml,
  importKumu,
  importStakemap,
  type ImportResult,
} from '@shared/format/interchange';
import { portableBundle } from './bundleArbitrary';
import { comparable, previewOf, richBundle } from './richBundle';

interface Format {
  name: string;
  roundTrip: (bundle: MapBundle) => ImportResult;
}

const FORMATS: Format[] = [
  {
    name: 'CSV',
    roundTrip: (bundle) => {
      const files = exportCsv(bundle, { redacted: false });
      return importCsv(files.nodes, { relationships: files.relationships });
    },
  },
  { name: 'Kumu', roundTrip: (bundle) => importKumu(exportKumu(bundle, { redacted: false })) },
  { name: 'GEXF', roundTrip: (bundle) => importGexf(exportGexf(bundle, { redacted: false })) },
  {
    name: 'GraphML',
    roundTrip: (bundle) => importGraphml(exportGraphml(bundle, { redacted: false })),
  },
  {
    name: 'Cytoscape.js',
    roundTrip: (bundle) => importCytoscape(exportCytoscape(bundle, { redacted: false })),
  },
];

const EVERYTHING = { positions: true, ids: true };

describe('export then import with Stakemap’s own importer', () => {
  it.each(FORMATS)('$name keeps every node and relationship field', ({ roundTrip }) => {
    const bundle = richBundle();
    const { bundle: back, summary } = previewOf(roundTrip(bundle));
    expect(comparable(back, EVERYTHING)).toEqual(comparable(bundle, EVERYTHING));
    expect(summary.notUnderstood).toEqual([]);
  });

  it.each(FORMATS)('$name leaves out what only the native file holds', ({ roundTrip }) => {
    const { bundle: back } = previewOf(roundTrip(richBundle()));
    expect([back.interactions, back.actions, back.messages]).toEqual([[], [], []]);
  });

  it.each(FORMATS)(
    '$name keeps any map its fields can hold',
    { timeout: 60_000 },
    ({ roundTrip }) => {
      fc.assert(
        fc.property(portableBundle, (bundle) => {
          const { bundle: back } = previewOf(roundTrip(bundle));
          expect(comparable(back, EVERYTHING)).toEqual(comparable(bundle, EVERYTHING));
        }),
        { numRuns: 150 },
      );
    },
  );

  it('the native file keeps everything, interactions, actions and messages included', () => {
    const bundle = richBundle();
    const text = serializeStakemapFile(bundle, {
      exportedAt: '2026-01-01T00:00:00.000Z',
      appVersion: '0.1.0',
    });
    const { bundle: back } = previewOf(importStakemap(text));
    expect(comparable(back, EVERYTHING)).toEqual(comparable(bundle, EVERYTHING));
    expect(back.interactions.map((item) => item.id)).toEqual(['i1']);
  });
});
