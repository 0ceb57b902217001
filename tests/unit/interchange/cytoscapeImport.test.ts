import { describe, expect, it } from 'vitest';
import { importCytoscape } from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';
import { previewOf, problemsOf } from './richBundle';

describe('importCytoscape', () => {
  it.each(['cy-json.json', 'flat-elements.json'])(
    'reads what Cytoscape.js 3.35 wrote (%s)',
    (name) => {
      const { bundle } = previewOf(importCytoscape(readInterchangeFixture(`cytoscape-js/${name}`)));
      expect(bundle.nodes.map((node) => [node.id, node.label, node.kind, node.position])).toEqual([
        ['jane', 'Jane Smith', 'person', { x: 10, y: 20 }],
        ['panel', 'Local Public Data Panel', 'network', { x: 200, y: 40 }],
        ['lga', 'Local Government Association', 'organisation', { x: 120, y: 180 }],
      ]);
      expect(bundle.nodes[0]).toMatchObject({
        tags: ['panel', 'chair'],
        assessment: { influence: 7 },
      });
      expect(bundle.relationships.map((rel) => [rel.id, rel.kind, rel.strength])).toEqual([
        ['e1', 'member-of', 3],
        ['e2', 'funds', 2],
      ]);
    },
  );

  it('reads a bare array, telling edges by their source and target', () => {
    const text = JSON.stringify([
      { data: { id: 'a', name: 'A' } },
      { data: { id: 'b', name: 'B', parent: 'a' } },
      { data: { id: 'ab', source: 'a', target: 'b', directed: false } },
    ]);
    const { bundle, summary } = previewOf(importCytoscape(text));
    expect(bundle.nodes.map((node) => node.label)).toEqual(['A', 'B']);
    expect(bundle.nodes[1]?.extra).toEqual({ parent: 'a' });
    expect(bundle.relationships[0]).toMatchObject({
      sourceId: 'a',
      targetId: 'b',
      directed: false,
    });
    expect(summary.mapped).toContain(
      "Compound parents (data.parent) kept as the extra field 'parent'",
    );
  });

  it('accepts numbers written as text where a number is expected, and says so', () => {
    const text = JSON.stringify({ elements: { nodes: [{ data: { id: 'a', influence: '7' } }] } });
    const { bundle, summary } = previewOf(importCytoscape(text));
    expect(bundle.nodes[0]?.assessment.influence).toBe(7);
    expect(summary.mapped).toContain(
      "Field 'influence': '7' → a number (elements.nodes[0].data.influence)",
    );
  });

  it('reports an edge to a missing node and an element without data', () => {
    const text = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a' } }, {}],
        edges: [{ data: { source: 'a', target: 'x' } }],
      },
    });
    expect(problemsOf(importCytoscape(text))).toEqual([
      { path: 'elements.nodes[1].data', message: 'missing; every element needs a "data" object' },
    ]);
    const missing = JSON.stringify({
      elements: { nodes: [{ data: { id: 'a' } }], edges: [{ data: { source: 'a', target: 'x' } }] },
    });
    expect(problemsOf(importCytoscape(missing))).toEqual([
      { path: 'elements.edges[0].data.target', message: "'x' is not a node in this file" },
    ]);
  });
});
