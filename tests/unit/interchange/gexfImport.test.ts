import { describe, expect, it } from 'vitest';
import { importGexf } from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';
import { previewOf, problemsOf } from './richBundle';

function gexf(graph: string, version = '1.3'): string {
  const ns = version === '1.3' ? 'http://gexf.net/1.3' : 'http://www.gexf.net/1.2draft';
  return `<?xml version="1.0"?><gexf xmlns="${ns}" xmlns:viz="${ns}/viz" version="${version}">${graph}</gexf>`;
}

describe('importGexf', () => {
  it('reads a GEXF 1.2draft file written by NetworkX, with viz colour, size and position', () => {
    const { bundle, summary } = previewOf(
      importGexf(readInterchangeFixture('networkx/stakeholders.gexf')),
    );
    expect(bundle.nodes.map((node) => [node.id, node.label, node.kind])).toEqual([
      ['jane', 'Jane Smith', 'person'],
      ['lga', 'Local Government Association', 'organisation'],
      ['panel', 'Local Public Data Panel', 'network'],
      ['wiki', 'Data wiki', 'channel'],
    ]);
    expect(bundle.nodes[0]).toMatchObject({
      tags: ['panel', 'chair'],
      assessment: { influence: 7, interest: 9.5 },
      person: { email: 'jane@example.org' },
      extra: { color: '#efad42', size: '10.0' },
    });
    // GEXF's y axis points up and the canvas's down, so y is flipped.
    expect(bundle.nodes[1]?.position).toEqual({ x: 100.5, y: 20 });
    expect(summary.mapped[0]).toBe('GEXF 1.2, written by NetworkX 2.8.8');
    expect(summary.mapped).toContain("Type 'Website' read as channel");
  });

  it('scales weights that are not 1–3 and keeps the originals, saying how', () => {
    const { bundle, summary } = previewOf(
      importGexf(readInterchangeFixture('networkx/stakeholders.gexf')),
    );
    expect(bundle.relationships.map((rel) => [rel.kind, rel.strength, rel.extra])).toEqual([
      ['member-of', 1, { weight: '3.0' }],
      ['funds', 1, { weight: '0.5' }],
      ['connected', 3, { weight: '12.0' }],
    ]);
    expect(summary.mapped).toContain(
      "Attribute 'weight': weights from 0.5 to 12 were scaled to strengths 1–3 (the lowest quarter → 1, the middle half → 2, the highest quarter → 3); each original weight is kept as the extra field 'weight'",
    );
  });

  it('reads Gephi 1.3 conventions: attribute titles, defaults, labels and per-edge type', () => {
    const { bundle, summary } = previewOf(
      importGexf(readInterchangeFixture('handwritten/gephi-style.gexf')),
    );
    const [jane, panel, project] = bundle.nodes;
    expect(jane?.extra).toEqual({
      'Modularity Class': '0',
      Organisation: 'Cabinet Office',
      color: '#9900ff',
      size: '10.0',
    });
    expect(panel).toMatchObject({ kind: 'network', extra: { Organisation: 'unknown' } });
    expect(project).toMatchObject({
      label: 'Data.gov.uk & friends',
      kind: 'organisation',
      tags: ['type:Project'],
    });
    const [chairs, undirected] = bundle.relationships;
    expect(chairs).toMatchObject({ kind: 'member-of', label: 'chairs', directed: true });
    expect(undirected).toMatchObject({ kind: 'connected', directed: false });
    // Gephi numbers its edges 0, 1, 2 like its nodes; a relationship needs an id no node has.
    expect(bundle.relationships.map((rel) => rel.id)).toEqual(['r1', 'r2', 'r3']);
    expect(summary.notUnderstood).toContain(
      '3 relationship ids were also the id of a node or of another relationship (first at graph/edges/edge[1]): those relationships were given new ids',
    );
  });

  it('treats edges as undirected when the graph gives no default, as the schema says', () => {
    const text = gexf(
      '<graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>' +
        '<edges><edge source="a" target="b"/><edge source="b" target="a" type="directed"/></edges></graph>',
      '1.2draft',
    );
    const { bundle } = previewOf(importGexf(text));
    expect(bundle.relationships.map((rel) => rel.directed)).toEqual([false, true]);
  });

  it('gives strength 2 when every weight is the default 1.0', () => {
    const text = gexf(
      '<graph><nodes><node id="a"/><node id="b"/></nodes>' +
        '<edges><edge source="a" target="b" weight="1.0"/></edges></graph>',
    );
    const { bundle, summary } = previewOf(importGexf(text));
    expect(bundle.relationships[0]?.strength).toBe(2);
    expect(bundle.nodes[0]?.label).toBe('a');
    expect(summary.mapped).toContain(
      "Attribute 'weight': every weight is 1 (the default in Gephi and NetworkX), so every relationship gets the usual strength 2",
    );
  });

  it('reports a repeated node id and an edge to a missing node, with their XML paths', () => {
    expect(
      problemsOf(importGexf(readInterchangeFixture('broken/edge-to-missing-node.gexf'))),
    ).toEqual([
      {
        path: 'graph/nodes/node[3]@id',
        message: "'a' is also the id at graph/nodes/node[1]@id; every node needs its own id",
      },
      { path: 'graph/edges/edge[2]@target', message: "'zzz' is not a node in this file" },
    ]);
  });

  it('refuses a truncated file and a file that is not GEXF', () => {
    const truncated = problemsOf(importGexf(readInterchangeFixture('broken/truncated.gexf')));
    expect(truncated[0]?.path).toMatch(/^file\.gexf line \d+, column \d+$/);
    expect(truncated[0]?.message).toMatch(/^This is not well-formed XML/);
    expect(problemsOf(importGexf('<graphml><graph/></graphml>', { fileName: 'x.gexf' }))).toEqual([
      {
        path: 'x.gexf',
        message:
          'This is not a GEXF file: its root element is <graphml>, not <gexf> with a <graph>.',
      },
    ]);
  });
});
