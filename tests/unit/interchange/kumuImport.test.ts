import { describe, expect, it } from 'vitest';
import { importKumu } from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';
import { previewOf, problemsOf } from './richBundle';

describe('importKumu', () => {
  it('reads a blueprint: labels as identity, types, tags, custom fields, loops and mutual', () => {
    const { bundle, summary } = previewOf(
      importKumu(readInterchangeFixture('handwritten/kumu-blueprint.json')),
    );
    expect(bundle.nodes.map((node) => [node.label, node.kind])).toEqual([
      ['Jane Smith', 'person'],
      ['Local Public Data Panel', 'network'],
      ['Developers', 'community'],
      ['Data wiki', 'channel'],
      ['Ministers', 'person'],
    ]);
    expect(bundle.nodes[0]).toMatchObject({
      description: 'Chairs the panel',
      tags: ['panel', 'chair'],
      extra: { Organisation: 'Cabinet Office' },
      assessment: { influence: 7 },
    });
    const [memberOf, usesChannel, reportsTo] = bundle.relationships;
    expect(memberOf).toMatchObject({ kind: 'member-of', directed: true, strength: 2 });
    expect(usesChannel).toMatchObject({ kind: 'uses-channel', directed: false, strength: 3 });
    expect(reportsTo?.kind).toBe('reports-to');
    expect(summary.mapped).toContain("Field 'Influence': '7' → a number (elements[0].Influence)");
    expect(summary.notUnderstood).toEqual([
      '1 loop was not imported: Stakemap has no loops',
      'A mutual connection (first at connections[1].direction) became undirected: Stakemap has no two-way arrows',
      '1 node was named only in relationships (first at connections[2].to): created as a person with no other details',
    ]);
  });

  it('reads a project export: _id, lower-cased attributes and positions from the first map', () => {
    const { bundle } = previewOf(
      importKumu(readInterchangeFixture('handwritten/kumu-project.json')),
    );
    expect(bundle.nodes.map((node) => [node.id, node.label, node.kind, node.position])).toEqual([
      ['elem-Xa1b2c3d', 'Jane Smith', 'person', { x: -120.5, y: 44 }],
      ['elem-Ye4f5g6h', 'Local Government Association', 'organisation', { x: 210, y: -30 }],
      ['elem-Zi7j8k9l', 'Panel meeting', 'event', { x: 60, y: 150.25 }],
    ]);
    expect(bundle.nodes[0]?.person?.email).toBe('jane@example.org');
    expect(bundle.nodes[1]?.organisation?.website).toBe('https://www.local.gov.uk');
    expect(bundle.nodes[2]?.event?.start).toBe('2010-01-19');
    expect(bundle.relationships.map((rel) => [rel.id, rel.kind, rel.directed])).toEqual([
      ['conn-Aa1b2c3d', 'attends', true],
      ['conn-Bb4c5d6e', 'organises', false],
    ]);
  });

  it('reports connections without ends and files that are not Kumu', () => {
    expect(
      problemsOf(importKumu('{"elements":[{"label":"A"}],"connections":[{"to":"A"}]}')),
    ).toEqual([
      {
        path: 'connections[0].from',
        message: 'missing; name the element this connection starts from',
      },
    ]);
    expect(problemsOf(importKumu('{"nodes":[]}'))).toEqual([
      { path: '', message: 'This is not a Kumu file: it has no "elements" or "connections" list.' },
    ]);
  });
});
