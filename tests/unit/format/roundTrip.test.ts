import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapBundle } from '@shared/domain/types';
import { bundleFromFile, parseStakemapFile, serializeStakemapFile } from '@shared/format';
import { validBundle } from './arbitraries';
import { readFixture } from './fixtureFiles';
import { parsedFile } from './parseHelpers';

const META = { exportedAt: '2010-01-20T08:00:00.000Z', appVersion: '0.1.0' };
const NOW = '2026-11-27T10:00:00.000Z';

function reimport(bundle: MapBundle): MapBundle {
  const file = parsedFile(serializeStakemapFile(bundle, META));
  return bundleFromFile(file, { mapId: bundle.map.id, now: NOW });
}

function fullBundle(): MapBundle {
  return bundleFromFile(parsedFile(readFixture('v1-full.stakemap.json')), {
    mapId: 'map-1',
    now: NOW,
  });
}

describe('serializeStakemapFile', () => {
  it('writes the envelope first, two-space indented, with a final newline', () => {
    const text = serializeStakemapFile(fullBundle(), { ...META, redacted: true });
    expect(text.startsWith('{\n  "format": "stakemap",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'exportedAt',
      'app',
      'redacted',
      'map',
      'nodes',
      'relationships',
      'interactions',
      'actions',
      'messages',
    ]);
    expect(parsedFile(text)).toMatchObject({
      app: { name: 'Stakemap', version: '0.1.0' },
      redacted: true,
    });
  });

  it('leaves mapId out of every record', () => {
    expect(serializeStakemapFile(fullBundle(), META)).not.toContain('mapId');
  });

  it('writes keys in the same order whatever order the records had them in', () => {
    const bundle = fullBundle();
    const shuffled: MapBundle = {
      ...bundle,
      nodes: bundle.nodes.map((node) =>
        Object.fromEntries(Object.entries(node).reverse()),
      ) as MapBundle['nodes'],
    };
    expect(serializeStakemapFile(shuffled, META)).toBe(serializeStakemapFile(bundle, META));
  });

  it('writes the full fixture back exactly as it was', () => {
    const fixture = readFixture('v1-full.stakemap.json');
    const file = parsedFile(fixture);
    const bundle = bundleFromFile(file, { mapId: file.map.id, now: NOW });
    bundle.map = file.map;
    expect(
      serializeStakemapFile(bundle, { exportedAt: file.exportedAt, appVersion: file.app.version }),
    ).toBe(fixture);
  });
});

describe('bundleFromFile', () => {
  it('makes a new map and stamps every record with its id, keeping record ids', () => {
    const file = parsedFile(readFixture('v1-full.stakemap.json'));
    const bundle = bundleFromFile(file, { mapId: 'new-map', mapName: 'Copy', now: NOW });
    expect(bundle.map).toEqual({
      id: 'new-map',
      name: 'Copy',
      description: file.map.description,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const records = [
      ...bundle.nodes,
      ...bundle.relationships,
      ...bundle.interactions,
      ...bundle.actions,
      ...bundle.messages,
    ];
    expect(records.every((record) => record.mapId === 'new-map')).toBe(true);
    expect(bundle.nodes.map((node) => node.id)).toEqual(file.nodes.map((node) => node.id));
    expect(bundle.relationships[0]).toMatchObject({ sourceId: 'person-1', targetId: 'event-1' });
  });

  it('keeps the file’s map name when none is given', () => {
    const file = parsedFile(readFixture('v1-full.stakemap.json'));
    expect(bundleFromFile(file, { mapId: 'x', now: NOW }).map.name).toBe('Every field');
  });

  it('shares no arrays or objects with the file', () => {
    const file = parsedFile(readFixture('v1-full.stakemap.json'));
    const bundle = bundleFromFile(file, { mapId: 'x', now: NOW });
    bundle.nodes[0]?.tags.push('changed');
    bundle.nodes[0]!.extra['changed'] = 'yes';
    bundle.messages[0]?.audience.nodeIds.push('changed');
    expect(file.nodes[0]?.tags).toEqual(['lpdu', 'owner']);
    expect(file.nodes[0]?.extra).not.toHaveProperty('changed');
    expect(file.messages[0]?.audience.nodeIds).toEqual(['org-1']);
  });
});

/** Property runs are quick alone but share the machine with other suites. */
const PROPERTY_TIMEOUT = { timeout: 30_000 };

describe('export then import', () => {
  it('gives back the same records for any valid bundle', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(validBundle, (bundle) => {
        expect(reimport(bundle)).toEqual({
          ...bundle,
          map: { ...bundle.map, createdAt: NOW, updatedAt: NOW },
        });
      }),
      { numRuns: 300 },
    );
  });

  it(
    'serialize → parse → serialize gives identical text for any valid bundle',
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(validBundle, (bundle) => {
          const first = serializeStakemapFile(bundle, META);
          const parsed = parseStakemapFile(first);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const again = bundleFromFile(parsed.value, { mapId: bundle.map.id, now: NOW });
          again.map = parsed.value.map;
          expect(serializeStakemapFile(again, META)).toBe(first);
        }),
        { numRuns: 300 },
      );
    },
  );
});
