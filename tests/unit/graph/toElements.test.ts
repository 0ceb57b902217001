import { describe, expect, it } from 'vitest';
import type { Assessment, StakeNode } from '@shared/domain/types';
import {
  BASE_NODE_SIZE,
  ENGAGEMENT_COLOURS,
  MAX_NODE_SIZE,
  NOT_KNOWN_COLOUR,
} from '../../../renderer/graph/attributeStyles';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import {
  DIRECTED_CLASS,
  PARALLEL_CLASS,
  toElements,
  UNASSESSED_CLASS,
} from '../../../renderer/graph/toElements';
import { aNode, aRelationship } from '../../factories/records';

describe('toElements', () => {
  it('turns a node into an element with its id, label, kind, class and position', () => {
    const { nodes } = toElements(
      [aNode({ id: 'n1', kind: 'network', label: 'Data panel', position: { x: 10, y: -20 } })],
      [],
    );

    expect(nodes).toEqual([
      {
        group: 'nodes',
        data: {
          id: 'n1',
          label: 'Data panel',
          kind: 'network',
          colour: KIND_STYLES.network.colour,
          size: BASE_NODE_SIZE,
        },
        position: { x: 10, y: -20 },
        classes: ['kind-network', UNASSESSED_CLASS],
      },
    ]);
  });

  it('turns a relationship into an edge that reads as its kind', () => {
    const { edges } = toElements(
      [aNode({ id: 'a' }), aNode({ id: 'b' })],
      [aRelationship({ id: 'r1', sourceId: 'a', targetId: 'b', kind: 'member-of', strength: 3 })],
    );

    expect(edges).toEqual([
      {
        group: 'edges',
        data: {
          id: 'r1',
          source: 'a',
          target: 'b',
          kind: 'member-of',
          kindLabel: 'member of',
          label: 'member of',
          directed: true,
          strength: 3,
        },
        classes: [DIRECTED_CLASS],
      },
    ]);
  });

  it("shows a relationship's own label instead of its kind when it has one", () => {
    const { edges } = toElements(
      [aNode({ id: 'a' }), aNode({ id: 'b' })],
      [aRelationship({ sourceId: 'a', targetId: 'b', kind: 'funds', label: 'Grant 2026' })],
    );

    expect(edges[0]?.data.label).toBe('Grant 2026');
    expect(edges[0]?.data.kindLabel).toBe('funds');
  });

  it('gives only directed edges the arrow class', () => {
    const nodes = [aNode({ id: 'a' }), aNode({ id: 'b' }), aNode({ id: 'c' })];
    const { edges } = toElements(nodes, [
      aRelationship({ id: 'one-way', sourceId: 'a', targetId: 'b', directed: true }),
      aRelationship({ id: 'both-ways', sourceId: 'b', targetId: 'c', directed: false }),
    ]);

    expect(edges.map((edge) => [edge.data.id, edge.classes])).toEqual([
      ['one-way', [DIRECTED_CLASS]],
      ['both-ways', []],
    ]);
  });

  it('marks edges that share both nodes, either way round, or loop, so they curve apart', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => aNode({ id }));
    const { edges } = toElements(nodes, [
      aRelationship({ id: 'a-b', sourceId: 'a', targetId: 'b', directed: false }),
      aRelationship({ id: 'b-a', sourceId: 'b', targetId: 'a', directed: false }),
      aRelationship({ id: 'b-c', sourceId: 'b', targetId: 'c', directed: false }),
      aRelationship({ id: 'd-d', sourceId: 'd', targetId: 'd', directed: false }),
      aRelationship({ id: 'a-c', sourceId: 'a', targetId: 'c', directed: false }),
    ]);

    expect(edges.map((edge) => [edge.data.id, edge.classes])).toEqual([
      ['a-b', [PARALLEL_CLASS]],
      ['b-a', [PARALLEL_CLASS]],
      ['b-c', []],
      ['d-d', [PARALLEL_CLASS]],
      ['a-c', []],
    ]);
  });

  it('leaves out relationships whose ends are not on the canvas', () => {
    const { edges } = toElements(
      [aNode({ id: 'a' })],
      [aRelationship({ id: 'dangling', sourceId: 'a', targetId: 'gone' })],
    );

    expect(edges).toEqual([]);
  });

  it('does not share position objects with the records', () => {
    const node = aNode({ position: { x: 1, y: 2 } });
    const { nodes } = toElements([node], []);

    expect(nodes[0]?.position).not.toBe(node.position);
  });
});

describe('toElements styled by attribute', () => {
  const scored = (id: string, assessment: Partial<Assessment>): StakeNode => {
    const base = aNode({ id });
    return { ...base, assessment: { ...base.assessment, ...assessment } };
  };
  const nodes = [
    scored('keen', { engagementCurrent: 'supportive', influence: 10, interest: 8 }),
    scored('unknown', {}),
  ];

  it('carries the colour for the chosen attribute as node data', () => {
    const { nodes: elements } = toElements(nodes, [], { colourBy: 'engagement', sizeBy: 'none' });

    expect(elements.map((element) => element.data.colour)).toEqual([
      ENGAGEMENT_COLOURS.supportive,
      NOT_KNOWN_COLOUR,
    ]);
  });

  it('carries the size for the chosen attribute as node data', () => {
    const { nodes: elements } = toElements(nodes, [], { colourBy: 'kind', sizeBy: 'influence' });

    expect(elements.map((element) => element.data.size)).toEqual([MAX_NODE_SIZE, BASE_NODE_SIZE]);
  });

  it('marks only the nodes with no scores as not yet assessed, in every colouring', () => {
    for (const colourBy of ['kind', 'engagement', 'sector', 'owner'] as const) {
      const { nodes: elements } = toElements(nodes, [], { colourBy, sizeBy: 'influence' });

      expect(elements.map((element) => element.classes.includes(UNASSESSED_CLASS))).toEqual([
        false,
        true,
      ]);
    }
  });

  it('gives an unchanged record the same definition, and a changed one or a new look a new one', () => {
    const [alice, panel] = [aNode({ id: 'a' }), aNode({ id: 'b', kind: 'network' })];
    const link = aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' });
    const first = toElements([alice, panel], [link]);

    const renamed = { ...panel, label: 'Panel' };
    const second = toElements([alice, renamed], [link]);
    const byEngagement = toElements([alice, renamed], [link], {
      colourBy: 'engagement',
      sizeBy: 'none',
    });

    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.edges[0]).toBe(first.edges[0]);
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1]?.data.label).toBe('Panel');
    expect(byEngagement.nodes[0]).not.toBe(second.nodes[0]);
    expect(byEngagement.nodes[0]?.data.colour).not.toBe(second.nodes[0]?.data.colour);
  });

  it('keeps the edges as made while the relationships and the nodes on the canvas stay the same', () => {
    const [alice, panel, bob] = [aNode({ id: 'a' }), aNode({ id: 'b' }), aNode({ id: 'c' })];
    const links = [
      aRelationship({ id: 'r1', sourceId: 'a', targetId: 'b' }),
      aRelationship({ id: 'r2', sourceId: 'b', targetId: 'c' }),
    ];
    const first = toElements([alice, panel, bob], links);

    const renamed = toElements([alice, { ...panel, label: 'Panel' }, bob], links);
    expect(renamed.edges).toBe(first.edges);

    // Without Bob, his edge goes; with him back, it returns.
    const withoutBob = toElements([alice, panel], links);
    expect(withoutBob.edges.map((edge) => edge.data.id)).toEqual(['r1']);
    const again = toElements([alice, panel, bob], links);
    expect(again.edges.map((edge) => edge.data.id)).toEqual(['r1', 'r2']);
  });
});
