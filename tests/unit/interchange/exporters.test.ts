import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
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
  REDACTION_NOTE,
  type ImportResult,
} from '@shared/format/interchange';
import type { MapBundle } from '@shared/domain/types';
import { previewOf, richBundle } from './richBundle';

type Exporter = (bundle: MapBundle, options: { redacted: boolean }) => string;

const TEXT_EXPORTERS: [string, Exporter, (text: string) => ImportResult][] = [
  ['GEXF', exportGexf, importGexf],
  ['GraphML', exportGraphml, importGraphml],
  ['Cytoscape.js', exportCytoscape, importCytoscape],
  ['Kumu', exportKumu, importKumu],
  [
    'CSV',
    (bundle, options) => Object.values(exportCsv(bundle, options)).join('\n'),
    (text) => importCsv(text),
  ],
];

const PRIVATE = [
  'jane@example.org',
  '+44 20 7946 0000',
  'Prefers mornings',
  'Private note',
  'doNotContact',
  'Do not contact',
  // Jane is marked do-not-contact, so only her name stays: not her description or extra fields.
  'Chairs the panel',
  'abc-123',
];

describe('redacted exports', () => {
  it.each(TEXT_EXPORTERS)(
    '%s leaves out private fields and says so in the file',
    (_name, exporter) => {
      const text = exporter(richBundle(), { redacted: true });
      for (const secret of PRIVATE) expect(text).not.toContain(secret);
      expect(text).toContain(REDACTION_NOTE);
      const open = exporter(richBundle(), { redacted: false });
      expect(open).toContain('jane@example.org');
      expect(open).not.toContain(REDACTION_NOTE);
    },
  );

  it.each(TEXT_EXPORTERS.slice(0, 4))(
    '%s: the note comes back as a line of the summary, not as data',
    (_name, exporter, importer) => {
      const { bundle, summary } = previewOf(importer(exporter(richBundle(), { redacted: true })));
      expect(summary.mapped).toContain(`The file says: "${REDACTION_NOTE}"`);
      expect(bundle.map.description).toBe('Every field once.');
      expect(bundle.nodes[0]?.person?.email ?? '').toBe('');
    },
  );

  it('CSV carries the note in an "Export note" column that reads back as no field', () => {
    const files = exportCsv(richBundle(), { redacted: true });
    const { bundle } = previewOf(importCsv(files.nodes, { relationships: files.relationships }));
    expect(files.nodes.split('\r\n')[0]).toMatch(/,Export note$/);
    expect(Object.keys(bundle.nodes[0]?.extra ?? {})).not.toContain('Export note');
  });
});

describe('CSV export', () => {
  const files = exportCsv(richBundle(), { redacted: false });

  it('starts each file with a UTF-8 byte order mark and ends lines with CRLF', () => {
    expect(files.nodes.startsWith('\uFEFFID,Label,Type,')).toBe(true);
    expect(files.relationships.startsWith('\uFEFFID,From,To,Type,Direction,Strength')).toBe(true);
    expect(files.nodes.split('\r\n').length).toBeGreaterThan(6);
  });

  it('protects cells a spreadsheet would run as a formula, and quotes as RFC 4180 says', () => {
    const rows = Papa.parse<string[]>(files.nodes.slice(1), { skipEmptyLines: true }).data;
    const labels = rows.map((row) => row[1]);
    expect(labels).toContain(`'=HYPERLINK("x") Council`);
    const jane = rows[1] ?? [];
    expect(jane).toContain("'+44 20 7946 0000");
    expect(jane).toContain('Chairs the panel; "quotes", commas, and ünïcode.');
    expect(jane).toContain('Prefers mornings.\nSecond line.');
    // Numbers are numbers, not text, so a negative position is not mistaken for a formula.
    expect(jane).toContain('-120.5');
    for (const formula of ['=cmd', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) {
      const one = exportCsv(
        { ...richBundle(), nodes: [{ ...richBundle().nodes[1]!, label: formula }] },
        { redacted: false },
      );
      const cell = Papa.parse<string[]>(one.nodes.slice(1)).data[1]?.[1];
      expect(cell).toBe(`'${formula}`);
    }
  });
});

describe('machine formats are well formed', () => {
  it('GEXF and GraphML escape what XML must', () => {
    const bundle = richBundle();
    bundle.nodes[0]!.label = 'A <b> & "c"\u0001';
    for (const text of [
      exportGexf(bundle, { redacted: false }),
      exportGraphml(bundle, { redacted: false }),
    ]) {
      expect(text).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
      expect(text).not.toContain('\u0001');
    }
    expect(
      previewOf(importGexf(exportGexf(bundle, { redacted: false }))).bundle.nodes[0]?.label,
    ).toBe('A <b> & "c"');
  });

  it('Cytoscape.js JSON has the shape cy.json() reads', () => {
    const file = JSON.parse(exportCytoscape(richBundle(), { redacted: false })) as {
      elements: {
        nodes: { data: Record<string, unknown>; position: unknown }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(file.elements.nodes[0]?.data).toMatchObject({
      id: 'p1',
      label: 'Jane Smith',
      kind: 'person',
      influence: 8,
      tags: ['panel', 'chair'],
    });
    expect(file.elements.nodes[0]?.position).toEqual({ x: -120.5, y: 80.25 });
    expect(file.elements.edges[0]?.data).toMatchObject({
      id: 'r1',
      source: 'p1',
      target: 'w1',
      directed: true,
      weight: 3,
    });
  });

  it('Kumu elements use Kumu field names and readable connection types', () => {
    const file = JSON.parse(exportKumu(richBundle(), { redacted: false })) as {
      elements: Record<string, unknown>[];
      connections: Record<string, unknown>[];
    };
    expect(file.elements[0]).toMatchObject({
      id: 'p1',
      label: 'Jane Smith',
      type: 'person',
      Influence: 8,
      tags: ['panel', 'chair'],
    });
    expect(file.connections[0]).toMatchObject({
      from: 'p1',
      to: 'w1',
      type: 'member of',
      direction: 'directed',
      strength: 3,
    });
  });
});
