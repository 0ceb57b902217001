// The "everything" archive: every map round-trips, and a broken archive is refused whole with
// problems that say which map and which field.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleFromFile, parseStakemapFile, serializeStakemapFile } from '@shared/format';
import {
  ARCHIVE_FORMAT,
  archiveFileName,
  parseArchive,
  serializeArchive,
} from '@shared/format/archive';
import { aBundle } from '../../factories/records';
import { validBundle } from './arbitraries';
import { FULL_V1_FILE } from './fullFile';

const META = { exportedAt: '2026-11-27T03:00:00.000Z', appVersion: '0.1.0' };

describe('the everything archive', () => {
  it('holds each map exactly as its own .stakemap.json file would', () => {
    const bundle = aBundle();
    const archive = JSON.parse(serializeArchive([bundle, bundle], META));
    expect(archive).toMatchObject({
      format: ARCHIVE_FORMAT,
      version: 1,
      exportedAt: META.exportedAt,
    });
    expect(archive.maps).toHaveLength(2);
    expect(archive.maps[0]).toEqual(JSON.parse(serializeStakemapFile(bundle, META)));
  });

  it('reads back every map of any archive it wrote', () => {
    fc.assert(
      fc.property(fc.array(validBundle, { maxLength: 3 }), (bundles) => {
        const parsed = parseArchive(serializeArchive(bundles, META));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toHaveLength(bundles.length);
        parsed.value.forEach((file, index) => {
          const single = parseStakemapFile(
            serializeStakemapFile(bundles[index] ?? aBundle(), META),
          );
          expect(single.ok && file).toEqual(single.ok && single.value);
        });
      }),
      { numRuns: 25 },
    );
  });

  it('reads a full version-1 map inside an archive, field for field', () => {
    const text = JSON.stringify({
      format: ARCHIVE_FORMAT,
      version: 1,
      exportedAt: '',
      maps: [FULL_V1_FILE],
    });
    const parsed = parseArchive(text);
    expect(parsed.ok && parsed.value[0]).toEqual(FULL_V1_FILE);
    if (parsed.ok && parsed.value[0]) {
      expect(bundleFromFile(parsed.value[0], { mapId: 'x', now: '' }).nodes.length).toBe(
        FULL_V1_FILE.nodes.length,
      );
    }
  });

  it('names the map and the field of every problem, and returns no maps', () => {
    const good = JSON.parse(serializeStakemapFile(aBundle(), META));
    const bad = JSON.parse(serializeStakemapFile(aBundle(), META));
    bad.nodes[1].kind = 'wizard';
    const parsed = parseArchive(
      JSON.stringify({ format: ARCHIVE_FORMAT, version: 1, exportedAt: '', maps: [good, bad, 7] }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.error.map((problem) => problem.path);
    expect(paths).toContain('maps[1].nodes[1].kind');
    expect(paths.some((path) => path.startsWith('maps[2]'))).toBe(true);
    expect(paths.some((path) => path.startsWith('maps[0]'))).toBe(false);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['broken JSON', '{"format":', /JSON|line/i],
    ['a single map file', serializeStakemapFile(aBundle(), META), /stakemap-archive/],
    ['no maps list', JSON.stringify({ format: ARCHIVE_FORMAT, version: 1 }), /list its maps/],
    ['version 0', JSON.stringify({ format: ARCHIVE_FORMAT, version: 0, maps: [] }), /whole number/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const parsed = parseArchive(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((p) => p.message).join(' ')).toMatch(message);
  });

  it('refuses an archive from a newer Stakemap, saying to update', () => {
    const parsed = parseArchive(JSON.stringify({ format: ARCHIVE_FORMAT, version: 2, maps: [] }));
    expect(parsed).toMatchObject({
      ok: false,
      error: [{ path: 'version', message: expect.stringMatching(/newer Stakemap/) }],
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => parseArchive(text)).not.toThrow();
        const wrapped = `{"format":"${ARCHIVE_FORMAT}","version":1,"maps":[${text}]}`;
        expect(() => parseArchive(wrapped)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('is named after the day it was exported', () => {
    expect(archiveFileName('2026-11-27T03:00:00.000Z')).toBe(
      'Stakemap maps 2026-11-27.stakemap-archive.json',
    );
  });
});
