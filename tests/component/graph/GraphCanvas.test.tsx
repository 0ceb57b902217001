// jsdom has no 2D canvas, so GraphCanvas runs Cytoscape headless here (see createCy.ts): the
// model, selection, events, layouts and viewport are all real; only pixels are not drawn. The
// drawing itself is covered by the browser suite. jsdom also lays nothing out, so the canvas is
// given a fixed size for the viewport tests.

import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { createRef } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relationship, StakeNode } from '@shared/domain/types';
import {
  GraphCanvas,
  type GraphCanvasHandle,
  type GraphCanvasProps,
} from '../../../renderer/graph/GraphCanvas';
import type { Selection } from '../../../renderer/state/selection';
import { aNode, aRelationship } from '../../factories/records';
import { ENGAGEMENT_COLOURS, MAX_NODE_SIZE } from '../../../renderer/graph/attributeStyles';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { LARGE_MAP_ELEMENTS } from '../../../renderer/graph/levelOfDetail';

/** Cytoscape reports colours as rgb(r,g,b). */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r},${g},${b})`;
}

// The instance GraphCanvas creates, caught on its way out of createCy so tests can act as the
// user (emit taps and drags) the way Cytoscape's renderer would.
const created = vi.hoisted(() => ({ instances: [] as Core[] }));
vi.mock('../../../renderer/graph/createCy', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../renderer/graph/createCy')>();
  return {
    createCy: (container: HTMLElement) => {
      const cy = original.createCy(container);
      created.instances.push(cy);
      return cy;
    },
  };
});

const WIDTH = 800;
const HEIGHT = 600;

beforeAll(() => {
  // Quiets jsdom's "not implemented" and makes the headless path explicit.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(WIDTH);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(HEIGHT);
});

afterAll(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  created.instances.length = 0;
});

function currentCy(): Core {
  const cy = created.instances.at(-1);
  if (cy === undefined) throw new Error('GraphCanvas created no Cytoscape instance');
  return cy;
}

const people = (): StakeNode[] => [
  aNode({ id: 'a', label: 'Alice', position: { x: 0, y: 0 } }),
  aNode({ id: 'b', kind: 'network', label: 'Data panel', position: { x: 200, y: 100 } }),
  aNode({ id: 'c', kind: 'event', label: 'Workshop', position: { x: -150, y: 80 } }),
];
const links = (): Relationship[] => [
  aRelationship({ id: 'ab', sourceId: 'a', targetId: 'b', kind: 'member-of' }),
  aRelationship({ id: 'ac', sourceId: 'a', targetId: 'c', kind: 'attends' }),
];

function renderCanvas(overrides: Partial<GraphCanvasProps> = {}) {
  const props: GraphCanvasProps = {
    nodes: people(),
    relationships: links(),
    selection: null,
    connectSourceId: null,
    onSelect: vi.fn<(selection: Selection) => void>(),
    onNodesMoved: vi.fn<GraphCanvasProps['onNodesMoved']>(),
    ariaLabel: 'Network of Test map',
    ...overrides,
  };
  const ref = createRef<GraphCanvasHandle>();
  const view = render(<GraphCanvas ref={ref} {...props} />);
  const rerender = (next: Partial<GraphCanvasProps>) =>
    view.rerender(<GraphCanvas ref={ref} {...props} {...next} />);
  const handle = () => {
    if (ref.current === null) throw new Error('GraphCanvas gave no handle');
    return ref.current;
  };
  return { ...view, props, rerender, handle, cy: currentCy() };
}

describe('GraphCanvas', () => {
  it('is a focusable region named by its label', () => {
    renderCanvas();

    const region = screen.getByRole('region', { name: 'Network of Test map' });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('shows the nodes and relationships it is given', () => {
    const { cy } = renderCanvas();

    expect(cy.nodes().map((node) => node.id())).toEqual(['a', 'b', 'c']);
    expect(cy.$id('b').data('label')).toBe('Data panel');
    expect(cy.$id('b').position()).toEqual({ x: 200, y: 100 });
    expect(cy.$id('ab').data('kindLabel')).toBe('member of');
    expect(cy.$id('ab').source().id()).toBe('a');
  });

  it('follows new props: renamed, removed and added records', () => {
    const { cy, rerender } = renderCanvas();

    rerender({
      nodes: [aNode({ id: 'a', label: 'Alice Jones' }), aNode({ id: 'd', label: 'Dev forum' })],
      relationships: [],
    });

    expect(cy.nodes().map((node) => node.id())).toEqual(['a', 'd']);
    expect(cy.$id('a').data('label')).toBe('Alice Jones');
    expect(cy.edges()).toHaveLength(0);
  });

  it('draws a lone edge straight and curves edges apart once two join the same nodes', () => {
    const { cy, rerender } = renderCanvas();
    expect(cy.$id('ab').style('curve-style')).toBe('straight');

    rerender({
      relationships: [
        ...links(),
        aRelationship({ id: 'ba', sourceId: 'b', targetId: 'a', kind: 'funds' }),
      ],
    });

    expect(cy.$id('ab').style('curve-style')).toBe('bezier');
    expect(cy.$id('ba').style('curve-style')).toBe('bezier');
    expect(cy.$id('ac').style('curve-style')).toBe('straight');
  });

  it('selects exactly the selected element, without reporting it back', () => {
    const onSelect = vi.fn<(selection: Selection) => void>();
    const { cy, rerender } = renderCanvas({ onSelect });

    rerender({ selection: { type: 'node', id: 'b' } });
    expect(cy.elements(':selected').map((ele) => ele.id())).toEqual(['b']);

    rerender({ selection: { type: 'relationship', id: 'ac' } });
    expect(cy.elements(':selected').map((ele) => ele.id())).toEqual(['ac']);

    rerender({ selection: null });
    expect(cy.elements(':selected')).toHaveLength(0);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('shows only the selection it is given, even after a tap the parent ignores', () => {
    const { cy } = renderCanvas({ selection: { type: 'node', id: 'a' } });

    act(() => {
      // What Cytoscape's renderer does on a tap: emit it, then select what was tapped.
      cy.$id('b').emit('tap');
      cy.elements(':selected').unselect();
      cy.$id('b').select();
    });

    expect(cy.elements(':selected').map((ele) => ele.id())).toEqual(['a']);
  });

  it('keeps the selection when the selected node is updated', () => {
    const { cy, rerender } = renderCanvas({ selection: { type: 'node', id: 'a' } });

    rerender({ selection: { type: 'node', id: 'a' }, nodes: [aNode({ id: 'a', label: 'New' })] });

    expect(cy.$id('a').selected()).toBe(true);
  });

  it('keeps a relationship selected when its ends change, and lets it go after', () => {
    const region = () => screen.getByRole('region', { name: 'Network of Test map' });
    const selected = { type: 'relationship', id: 'ab' } as const;
    const { cy, rerender } = renderCanvas({ selection: selected });
    const moved = [
      aRelationship({ id: 'ab', sourceId: 'c', targetId: 'b', kind: 'member-of' }),
      ...links().slice(1),
    ];

    // A new end makes the canvas put a new edge in the old one's place.
    rerender({ selection: selected, relationships: moved });
    expect(cy.$id('ab').source().id()).toBe('c');
    expect(cy.elements(':selected').map((ele) => ele.id())).toEqual(['ab']);
    expect(region()).toHaveAccessibleDescription('A relationship is selected.');

    rerender({ selection: null, relationships: moved });
    expect(cy.elements(':selected')).toHaveLength(0);
    expect(region()).toHaveAccessibleDescription('Nothing selected.');
  });

  it('reports a tap on a node, an edge and the background as a selection', () => {
    const onSelect = vi.fn<(selection: Selection) => void>();
    const { cy } = renderCanvas({ onSelect });

    act(() => {
      cy.$id('b').emit('tap');
      cy.$id('ab').emit('tap');
      cy.emit('tap');
    });

    expect(onSelect.mock.calls).toEqual([
      [{ type: 'node', id: 'b' }],
      [{ type: 'relationship', id: 'ab' }],
      [null],
    ]);
  });

  it('shows several selected nodes, and says in its description which they are', () => {
    const { cy, rerender } = renderCanvas();
    const region = screen.getByRole('region', { name: 'Network of Test map' });
    expect(region).toHaveAccessibleDescription('Nothing selected.');

    rerender({ selection: { type: 'nodes', ids: ['c', 'a', 'gone'] } });
    expect(cy.elements(':selected').map((ele) => ele.id())).toEqual(['a', 'c']);
    expect(region).toHaveAccessibleDescription('2 nodes selected: Alice, Workshop.');

    rerender({ selection: { type: 'node', id: 'b' } });
    expect(cy.elements(':selected').map((ele) => ele.id())).toEqual(['b']);
    expect(region).toHaveAccessibleDescription('Selected: Data panel.');
  });

  it('reports a tap with Shift, Ctrl or Cmd held as a toggle, and keeps the selection on a missed one', () => {
    const onSelect = vi.fn<(selection: Selection) => void>();
    const onToggleNode = vi.fn<(id: string) => void>();
    const { cy } = renderCanvas({ onSelect, onToggleNode });

    act(() => {
      cy.$id('a').emit({ type: 'tap', originalEvent: { shiftKey: true } } as never);
      cy.$id('b').emit({ type: 'tap', originalEvent: { ctrlKey: true } } as never);
      cy.$id('c').emit({ type: 'tap', originalEvent: { metaKey: true } } as never);
      cy.emit({ type: 'tap', originalEvent: { shiftKey: true } } as never);
    });

    expect(onToggleNode.mock.calls).toEqual([['a'], ['b'], ['c']]);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('reports the nodes inside a box drawn with a modifier, all in one call', async () => {
    const onBoxSelect = vi.fn<(ids: string[]) => void>();
    const { cy } = renderCanvas({ onBoxSelect });
    // Box selection is on, for Shift, Ctrl or Cmd with a drag; a plain drag still pans.
    expect(cy.boxSelectionEnabled()).toBe(true);

    // What Cytoscape's renderer does when a box is let go: 'box' on each element inside it.
    cy.$id('a').emit('box');
    cy.$id('c').emit('box');
    await act(() => Promise.resolve());

    expect(onBoxSelect.mock.calls).toEqual([[['a', 'c']]]);
  });

  it('calls the latest onSelect after a re-render', () => {
    const first = vi.fn<(selection: Selection) => void>();
    const latest = vi.fn<(selection: Selection) => void>();
    const { cy, rerender } = renderCanvas({ onSelect: first });

    rerender({ onSelect: latest });
    act(() => {
      cy.$id('a').emit('tap');
    });

    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith({ type: 'node', id: 'a' });
  });

  it('reports dragged nodes once they are let go, all in one call', async () => {
    const onNodesMoved = vi.fn<GraphCanvasProps['onNodesMoved']>();
    const { cy } = renderCanvas({ onNodesMoved });

    cy.$id('a').position({ x: 40, y: 30 });
    cy.$id('b').position({ x: 240, y: 130 });
    expect(onNodesMoved).not.toHaveBeenCalled(); // moving is not letting go
    cy.$id('a').emit('dragfree');
    cy.$id('b').emit('dragfree');
    await act(async () => {});

    expect(onNodesMoved).toHaveBeenCalledTimes(1);
    expect(onNodesMoved).toHaveBeenCalledWith([
      { id: 'a', position: { x: 40, y: 30 } },
      { id: 'b', position: { x: 240, y: 130 } },
    ]);
  });

  it('highlights the connect source and keeps it through updates', () => {
    const { cy, rerender } = renderCanvas();

    rerender({ connectSourceId: 'a' });
    expect(cy.$('.connect-source').map((node) => node.id())).toEqual(['a']);

    rerender({ connectSourceId: 'a', nodes: [aNode({ id: 'a', label: 'Renamed' })] });
    expect(cy.$id('a').hasClass('connect-source')).toBe(true);

    rerender({ connectSourceId: 'b' });
    expect(cy.$('.connect-source').map((node) => node.id())).toEqual(['b']);

    rerender({ connectSourceId: null });
    expect(cy.$('.connect-source')).toHaveLength(0);
  });

  it('never runs a layout by itself', () => {
    const { cy, rerender } = renderCanvas();

    rerender({ relationships: [] });

    expect(cy.$id('a').position()).toEqual({ x: 0, y: 0 });
    expect(cy.$id('c').position()).toEqual({ x: -150, y: 80 });
  });

  it('runs a layout on command and resolves with every node moved', async () => {
    const { cy, handle } = renderCanvas();
    cy.viewport({ zoom: 4, pan: { x: -5000, y: -5000 } });

    const moves = await act(() => handle().runLayout('grid'));

    expect(moves.map((move) => move.id).sort()).toEqual(['a', 'b', 'c']);
    for (const move of moves) expect(cy.$id(move.id).position()).toEqual(move.position);
    expect(moves.find((move) => move.id === 'c')?.position).not.toEqual({ x: -150, y: 80 });
    // The whole map, as laid out, is in view again.
    const box = cy.elements().renderedBoundingBox();
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(WIDTH);
  });

  it('frames the map when its nodes arrive, and leaves the camera alone after that', () => {
    const { cy, rerender } = renderCanvas({ nodes: [], relationships: [] });
    const emptyZoom = cy.zoom();

    rerender({ nodes: people(), relationships: links() });
    const box = cy.elements().renderedBoundingBox();
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(WIDTH);
    expect(cy.zoom()).not.toBe(emptyZoom);

    cy.zoom(0.3);
    rerender({ nodes: [...people(), aNode({ id: 'd', position: { x: 900, y: 900 } })] });
    expect(cy.zoom()).toBe(0.3);
  });

  it('fits the map into view on command', () => {
    const { cy, handle } = renderCanvas();
    cy.zoom(0.1);

    handle().fit();

    const box = cy.elements().renderedBoundingBox();
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(WIDTH);
    expect(cy.zoom()).toBeGreaterThan(0.1);
  });

  it('zooms in and out about the middle', () => {
    const { cy, handle } = renderCanvas();
    const before = cy.zoom();

    handle().zoomIn();
    expect(cy.zoom()).toBeCloseTo(before * 1.25);

    handle().zoomOut();
    expect(cy.zoom()).toBeCloseTo(before);
  });

  it('centres on a node, zooming in to a readable level', () => {
    const { cy, handle } = renderCanvas();
    cy.zoom(0.2);

    handle().centerOn('c');

    expect(cy.zoom()).toBe(1);
    expect(cy.$id('c').renderedPosition()).toEqual({ x: WIDTH / 2, y: HEIGHT / 2 });
  });

  it('zooms with + and - and fits with 0 while focused', () => {
    const { cy } = renderCanvas();
    const region = screen.getByRole('region');
    region.focus();
    const before = cy.zoom();

    fireEvent.keyDown(region, { key: '+' });
    expect(cy.zoom()).toBeCloseTo(before * 1.25);
    fireEvent.keyDown(region, { key: '-' });
    expect(cy.zoom()).toBeCloseTo(before);

    cy.zoom(0.1);
    fireEvent.keyDown(region, { key: '0' });
    expect(cy.zoom()).toBeGreaterThan(0.1);
  });

  it('dims what the filter leaves out, with the edges that touch it, and hides its labels', () => {
    const { cy } = renderCanvas({ visibleIds: new Set(['a', 'b']), hideMode: 'dim' });

    expect(cy.$('.faded').map((ele) => ele.id())).toEqual(['c', 'ac']);
    expect(cy.$id('c').style('opacity')).toBe('0.15');
    expect(cy.$id('c').style('label')).toBe('');
    expect(cy.$id('a').style('opacity')).toBe('1');
    expect(cy.$id('c').visible()).toBe(true);
  });

  it('hides what the filter leaves out when asked to, and its edges with it', () => {
    const { cy } = renderCanvas({ visibleIds: new Set(['a', 'b']), hideMode: 'hide' });

    expect(cy.$id('c').visible()).toBe(false);
    expect(cy.$id('ac').visible()).toBe(false);
    expect(cy.$id('ab').visible()).toBe(true);
    expect(cy.$('.faded')).toHaveLength(0);
  });

  it('switches between dim, hide and everything by classes alone, never re-adding elements', () => {
    const { cy, rerender } = renderCanvas();
    const events: string[] = [];
    cy.on('add remove', (event) => {
      events.push(event.type);
    });

    rerender({ visibleIds: new Set(['a']), hideMode: 'dim' });
    rerender({ visibleIds: new Set(['a']), hideMode: 'hide' });
    expect(cy.$(':visible').map((ele) => ele.id())).toEqual(['a']);
    rerender({ visibleIds: null, hideMode: 'hide' });

    expect(cy.$(':visible')).toHaveLength(5);
    expect(cy.$('.faded, .filtered-out')).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it('keeps what it dims dimmed through a live-query update', () => {
    const { cy, rerender } = renderCanvas({ visibleIds: new Set(['a']) });

    rerender({
      visibleIds: new Set(['a']),
      nodes: [...people().slice(0, 2), aNode({ id: 'c', label: 'Renamed' })],
    });

    expect(cy.$('.faded').map((ele) => ele.id())).toEqual(['b', 'c', 'ab', 'ac']);
  });

  it('fits only what is drawn when the rest is hidden', () => {
    const far = aNode({ id: 'far', position: { x: 5000, y: 5000 } });
    const { cy, handle } = renderCanvas({
      nodes: [...people(), far],
      visibleIds: new Set(['a', 'b', 'c']),
      hideMode: 'hide',
    });

    handle().fit();

    expect(cy.zoom()).toBeGreaterThan(0.5);
    const box = cy.nodes(':visible').renderedBoundingBox();
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(WIDTH);
  });

  it('recolours and resizes nodes in place when the style choice changes', () => {
    const keen = aNode({ id: 'a', label: 'Alice' });
    keen.assessment = { ...keen.assessment, engagementCurrent: 'leading', influence: 10 };
    const { cy, rerender } = renderCanvas({ nodes: [keen], relationships: [] });
    const alice = cy.$id('a');
    expect(alice.style('background-color')).toBe(hexToRgb(KIND_STYLES.person.colour));

    rerender({ nodes: [keen], relationships: [], colourBy: 'engagement', sizeBy: 'influence' });

    expect(alice.removed()).toBe(false);
    expect(alice.style('background-color')).toBe(hexToRgb(ENGAGEMENT_COLOURS.leading));
    expect(alice.width()).toBe(MAX_NODE_SIZE);
  });

  it('draws a node not yet assessed with a dashed outline', () => {
    const scoredNode = aNode({ id: 'b' });
    scoredNode.assessment = { ...scoredNode.assessment, influence: 3, interest: 4 };
    const { cy } = renderCanvas({ nodes: [aNode({ id: 'a' }), scoredNode], relationships: [] });

    expect(cy.$id('a').style('border-style')).toBe('dashed');
    expect(cy.$id('b').style('border-style')).toBe('solid');
  });

  it('destroys its Cytoscape instance when it unmounts', () => {
    const { cy, unmount } = renderCanvas();

    unmount();

    expect(cy.destroyed()).toBe(true);
  });
});

describe('GraphCanvas with a large map', () => {
  // Exactly large: a quarter nodes, each with three edges to the nodes after it.
  const nodeCount = LARGE_MAP_ELEMENTS / 4;
  const largeNodes = (): StakeNode[] =>
    Array.from({ length: nodeCount }, (_, index) =>
      aNode({
        id: `n${index}`,
        position: { x: (index % 40) * 60, y: Math.floor(index / 40) * 60 },
      }),
    );
  const largeLinks = (): Relationship[] =>
    Array.from({ length: nodeCount * 3 }, (_, index) => {
      const from = Math.floor(index / 3);
      return aRelationship({
        id: `r${index}`,
        sourceId: `n${from}`,
        targetId: `n${(from + 1 + (index % 3)) % nodeCount}`,
      });
    });

  it('shows every node at once and its edges in the frame after, drawn with the filter and selection on them', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      const { cy } = renderCanvas({
        nodes: largeNodes(),
        relationships: largeLinks(),
        visibleIds: new Set(['n1', 'n2', 'n3']),
        selection: { type: 'relationship', id: 'r3' },
      });
      expect(cy.nodes()).toHaveLength(nodeCount);
      expect(cy.edges()).toHaveLength(0);

      // The frame that draws the nodes alone: still no edge.
      vi.advanceTimersToNextFrame();
      expect(cy.edges()).toHaveLength(0);

      vi.advanceTimersToNextFrame();
      expect(cy.edges()).toHaveLength(nodeCount * 3);
      // Already as the user will see them: r3 runs n1 → n2, both shown, and is selected; r0 runs
      // n0 → n1 and n0 is filtered out.
      expect(cy.$id('r3').hasClass('faded')).toBe(false);
      expect(cy.$id('r3').selected()).toBe(true);
      expect(cy.$id('r0').hasClass('faded')).toBe(true);
      expect(cy.$id(`r${nodeCount * 3 - 1}`).hasClass('faded')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds every edge at once when the map changes while its edges are still arriving', () => {
    const nodes = largeNodes();
    const { cy, rerender } = renderCanvas({ nodes, relationships: largeLinks() });
    expect(cy.edges()).toHaveLength(0);

    rerender({ nodes: [aNode({ id: 'n0', label: 'Renamed' }), ...nodes.slice(1)] });

    expect(cy.$id('n0').data('label')).toBe('Renamed');
    expect(cy.edges()).toHaveLength(nodeCount * 3);
  });
});
