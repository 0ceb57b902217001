// Nodes put in new places in one step (placeNodes.ts), on a headless canvas; the browser suite
// checks that the real renderer measures them as it would after Cytoscape's own moves.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeNodes } from '../../../renderer/graph/placeNodes';
import { addTwoNodesAndTheirEdge, headlessCy } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
  addTwoNodesAndTheirEdge(cy);
});

afterEach(() => cy.destroy());

const places: Record<string, { x: number; y: number }> = {
  a: { x: -120, y: 60 },
  b: { x: 480, y: -90 },
};

describe('placeNodes', () => {
  it('puts every node where it is told, and tells listeners each one moved', () => {
    const moved: string[] = [];
    cy.on('position', 'node', (event) => void moved.push(event.target.id()));

    placeNodes(cy, cy.nodes(), (node) => places[node.id()] ?? { x: 0, y: 0 });

    expect(cy.getElementById('a').position()).toEqual(places.a);
    expect(cy.getElementById('b').position()).toEqual(places.b);
    expect(moved.sort()).toEqual(['a', 'b']);
  });

  it('marks the nodes and their edges as needing measuring again', () => {
    const told: string[] = [];
    cy.on('bounds', (event) => void told.push(event.target.id()));

    placeNodes(cy, cy.nodes(), (node) => places[node.id()] ?? { x: 0, y: 0 });

    expect(new Set(told)).toEqual(new Set(['a', 'b', 'ab']));
  });

  it("leaves a locked node where it is, as Cytoscape's own moves do", () => {
    cy.getElementById('a').lock();

    placeNodes(cy, cy.nodes(), (node) => places[node.id()] ?? { x: 0, y: 0 });

    expect(cy.getElementById('a').position()).toEqual({ x: 0, y: 0 });
    expect(cy.getElementById('b').position()).toEqual(places.b);
  });

  it('does nothing for no nodes', () => {
    expect(() => placeNodes(cy, cy.collection().nodes(), () => ({ x: 1, y: 1 }))).not.toThrow();
    expect(cy.getElementById('a').position()).toEqual({ x: 0, y: 0 });
  });
});
