// A large map is drawn with haystack edges and arrows halfway along (graphStyle.ts); its picture
// must still say which way each relationship runs.

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_STYLE } from '../../../renderer/graph/graphStyle';
import { readScene } from '../../../renderer/graph/svgScene';
import { toElements } from '../../../renderer/graph/toElements';
import { aNode, aRelationship } from '../../factories/records';

describe('the picture of a large map', () => {
  it('gives directed edges an arrowhead and undirected ones none', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: LARGE_GRAPH_STYLE });
    const elements = toElements(
      [
        aNode({ id: 'a', position: { x: 0, y: 0 } }),
        aNode({ id: 'b', position: { x: 200, y: 0 } }),
      ],
      [
        aRelationship({ id: 'directed', sourceId: 'a', targetId: 'b', directed: true }),
        aRelationship({ id: 'undirected', sourceId: 'b', targetId: 'a', directed: false }),
      ],
    );
    cy.add([...elements.nodes, ...elements.edges]);

    const edges = new Map(readScene(cy).edges.map((edge) => [edge.id, edge]));

    expect(cy.$id('directed').style('curve-style')).toBe('haystack');
    expect(edges.get('directed')?.arrow).not.toBeNull();
    expect(edges.get('undirected')?.arrow).toBeNull();
  });

  it('labels only the selected edge, leaving the rest of the picture unlabelled', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: LARGE_GRAPH_STYLE });
    const elements = toElements(
      [
        aNode({ id: 'a', position: { x: 0, y: 0 } }),
        aNode({ id: 'b', position: { x: 200, y: 0 } }),
      ],
      [
        aRelationship({ id: 'chosen', sourceId: 'a', targetId: 'b', label: 'funds' }),
        aRelationship({ id: 'other', sourceId: 'b', targetId: 'a', label: 'advises' }),
      ],
    );
    cy.add([...elements.nodes, ...elements.edges]);
    cy.$id('chosen').select();

    const edges = new Map(readScene(cy).edges.map((edge) => [edge.id, edge]));

    expect(edges.get('chosen')?.label).toBe('funds');
    expect(edges.get('other')?.label).toBe('');
  });
});
