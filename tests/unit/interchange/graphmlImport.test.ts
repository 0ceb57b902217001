import { describe, expect, it } from 'vitest';
import { importGraphml } from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';
import { previewOf, problemsOf } from './richBundle';

describe('importGraphml', () => {
  it('reads NetworkX output: typed keys, labels, kinds and weights', () => {
    const { bundle } = previewOf(
      importGraphml(readInterchangeFixture('networkx/stakeholders.graphml')),
    );
    expect(bundle.nodes.map((node) => [node.id, node.label, node.kind])).toEqual([
      ['jane', 'Jane Smith', 'person'],
      ['lga', 'Local Government Association', 'organisation'],
      ['panel', 'Local Public Data Panel', 'network'],
      ['wiki', 'Data wiki', 'channel'],
    ]);
    expect(bundle.nodes[0]?.assessment).toMatchObject({ influence: 7, interest: 9.5 });
    expect(bundle.relationships.map((rel) => [rel.kind, rel.directed])).toEqual([
      ['member-of', true],
      ['funds', true],
      ['connected', true],
    ]);
  });

  it('reads igraph output: name as the label, type as the kind, edgedefault undirected', () => {
    const { bundle, summary } = previewOf(
      importGraphml(readInterchangeFixture('igraph/stakeholders.graphml')),
    );
    expect(bundle.nodes.map((node) => [node.label, node.kind])).toEqual([
      ['Jane Smith', 'person'],
      ['Developers', 'community'],
      ['Forum', 'channel'],
    ]);
    expect(bundle.relationships.every((rel) => !rel.directed)).toBe(true);
    expect(summary.mapped).toContain("Key 'name' read as the label");
  });

  it('applies key defaults (the GraphML primer) and keeps unknown keys as extra fields', () => {
    const { bundle, summary } = previewOf(
      importGraphml(readInterchangeFixture('graphml-js/primer.graphml')),
    );
    expect(bundle.nodes.map((node) => node.extra['color'])).toEqual([
      'green',
      'yellow',
      'blue',
      'red',
      'yellow',
      'turquoise',
    ]);
    expect(summary.mapped).toContain("Key 'color' kept as an extra field");
    expect(summary.notUnderstood).toContain(
      '6 nodes have no type (first at graph/node[1]): imported as people; change the kind in the table if needed',
    );
  });

  it('reads a larger GraphML file with parse.* attributes', () => {
    const { summary } = previewOf(
      importGraphml(readInterchangeFixture('graphml-js/test0.graphml')),
    );
    expect(summary.countsByKind.person).toBe(37);
    expect(summary.relationships).toBe(27);
  });

  it("reads yEd's labels and positions and flattens its groups into member-of relationships", () => {
    const { bundle, summary } = previewOf(
      importGraphml(readInterchangeFixture('handwritten/yed-groups.graphml')),
    );
    expect(bundle.nodes.map((node) => [node.id, node.label, node.kind, node.position])).toEqual([
      ['n0', 'Local Public Data Panel', 'network', { x: 110, y: 20 }],
      ['n0::n0', 'Jane Smith', 'person', { x: 45, y: 15 }],
      ['n0::n1', 'John Brown', 'person', { x: 185, y: 65 }],
      ['n1', 'Cabinet Office', 'person', { x: 460, y: 25 }],
    ]);
    expect(bundle.nodes[1]?.description).toBe('Chair of the panel');
    const rels = bundle.relationships.map((rel) => [rel.sourceId, rel.targetId, rel.kind]);
    expect(rels).toEqual([
      ['n0::n0', 'n0', 'member-of'],
      ['n0::n1', 'n0', 'member-of'],
      ['n0::n0', 'n0::n1', 'connected'],
      ['n0::n0', 'n1', 'reports-to'],
    ]);
    expect(summary.mapped).toContain(
      'Groups (nodes holding a nested graph, as yEd writes them) became network nodes; each node inside a group got a member-of relationship to it',
    );
  });

  it('lets an edge say it is undirected in a directed graph', () => {
    const text =
      '<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/>' +
      '<edge source="a" target="b" directed="false"/><edge source="b" target="a"/></graph></graphml>';
    const { bundle } = previewOf(importGraphml(text));
    expect(bundle.relationships.map((rel) => rel.directed)).toEqual([false, true]);
  });

  it('reports an edge to a node that is not there', () => {
    const text = '<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>';
    expect(problemsOf(importGraphml(text))).toEqual([
      { path: 'graph/edge@target', message: "'b' is not a node in this file" },
    ]);
  });
});
