// Reads what the canvas draws into a Scene for svgWriter: every visible element with its computed
// style (so dimming, hiding, colour by, size by, selection and arrows come out as on screen) and,
// where Cytoscape's renderer has laid edges out, their real end and control points.

import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { isHeadless } from './headless';
import { isKindShape } from './shapes';
import type { Point, Scene, SceneEdge, SceneNode, TextStyle } from './svgWriter';

// ele.style() and numericStyle() are typed as any; these two read them as what they are.
const text = (ele: NodeSingular | EdgeSingular, name: string): string => String(ele.style(name));
const number = (ele: NodeSingular | EdgeSingular, name: string): number => {
  const value = Number(ele.numericStyle(name));
  return Number.isFinite(value) ? value : 0;
};

function textStyle(ele: NodeSingular | EdgeSingular): TextStyle {
  const backgroundOpacity = number(ele, 'text-background-opacity');
  return {
    fontSize: number(ele, 'font-size'),
    fontFamily: text(ele, 'font-family'),
    fontWeight: text(ele, 'font-weight'),
    colour: text(ele, 'color'),
    background:
      backgroundOpacity > 0
        ? {
            colour: text(ele, 'text-background-color'),
            opacity: backgroundOpacity,
            padding: number(ele, 'text-background-padding'),
          }
        : null,
  };
}

function sceneNode(node: NodeSingular): SceneNode {
  const { x, y } = node.position();
  const shape = text(node, 'shape');
  const outlineWidth = number(node, 'outline-width');
  const underlayOpacity = number(node, 'underlay-opacity');
  return {
    id: node.id(),
    shape: isKindShape(shape) ? shape : 'ellipse',
    x,
    y,
    width: number(node, 'width'),
    height: number(node, 'height'),
    fill: text(node, 'background-color'),
    fillOpacity: number(node, 'background-opacity'),
    border: {
      colour: text(node, 'border-color'),
      width: number(node, 'border-width'),
      dashed: text(node, 'border-style') === 'dashed',
    },
    opacity: node.effectiveOpacity(),
    label: text(node, 'label'),
    text: textStyle(node),
    labelGap: number(node, 'text-margin-y'),
    labelMaxWidth: number(node, 'text-max-width'),
    outline:
      outlineWidth > 0
        ? {
            colour: text(node, 'outline-color'),
            width: outlineWidth,
            offset: number(node, 'outline-offset'),
          }
        : null,
    underlay:
      underlayOpacity > 0
        ? {
            colour: text(node, 'underlay-color'),
            opacity: underlayOpacity,
            padding: number(node, 'underlay-padding'),
          }
        : null,
  };
}

/**
 * The points the renderer drew the edge through. A headless instance lays nothing out, so there
 * the edge runs straight between the nodes' borders (taken as circles), which is what the
 * renderer draws for a single edge between two nodes. A large map's haystack edges run from
 * centre to centre under the nodes; the picture gives them the same border-to-border line, so
 * their arrows land where they can be seen.
 */
function edgePoints(edge: EdgeSingular, drawn: boolean): Point[] {
  if (drawn && text(edge, 'curve-style') !== 'haystack') {
    const start = edge.sourceEndpoint();
    const end = edge.targetEndpoint();
    const controls = edge.controlPoints() ?? [];
    const all = [start, ...controls, end];
    if (all.every((point) => Number.isFinite(point.x) && Number.isFinite(point.y))) {
      return all.map(({ x, y }) => ({ x, y }));
    }
  }
  const source = edge.source();
  const target = edge.target();
  const from = source.position();
  const to = target.position();
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length === 0) return [];
  const dx = (to.x - from.x) / length;
  const dy = (to.y - from.y) / length;
  const sourceRadius = Math.min(source.width(), source.height()) / 2;
  const targetRadius = Math.min(target.width(), target.height()) / 2;
  return [
    { x: from.x + dx * sourceRadius, y: from.y + dy * sourceRadius },
    { x: to.x - dx * targetRadius, y: to.y - dy * targetRadius },
  ];
}

/** Cytoscape's arrow size for an edge width (edge-arrows.mjs, getArrowWidth). */
function arrowSize(edgeWidth: number, scale: number): number {
  return Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * scale;
}

/**
 * The arrow's style properties, if it has one: at the end, or (a large map's haystack edges, see
 * graphStyle.ts) halfway along, which the picture draws at the end like any other.
 */
function arrowOf(edge: EdgeSingular): 'target' | 'mid-target' | null {
  if (text(edge, 'target-arrow-shape') !== 'none') return 'target';
  if (text(edge, 'mid-target-arrow-shape') !== 'none') return 'mid-target';
  return null;
}

function sceneEdge(edge: EdgeSingular, drawn: boolean): SceneEdge {
  const points = edgePoints(edge, drawn);
  const width = number(edge, 'width');
  const first = points[0] ?? { x: 0, y: 0 };
  const last = points[points.length - 1] ?? first;
  const middle = drawn ? edge.midpoint() : undefined;
  const labelAt =
    middle !== undefined && Number.isFinite(middle.x) && Number.isFinite(middle.y)
      ? { x: middle.x, y: middle.y }
      : { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 };
  // Autorotated labels follow the line but never read upside down.
  let angle = Math.atan2(last.y - first.y, last.x - first.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  const arrow = arrowOf(edge);
  return {
    id: edge.id(),
    points,
    width,
    colour: text(edge, 'line-color'),
    opacity: edge.effectiveOpacity(),
    arrow:
      arrow === null
        ? null
        : {
            colour: text(edge, `${arrow}-arrow-color`),
            size: arrowSize(width, number(edge, 'arrow-scale')),
          },
    label: text(edge, 'label'),
    labelAt,
    labelAngle: text(edge, 'text-rotation') === 'autorotate' ? angle : 0,
    text: textStyle(edge),
  };
}

/** Everything visible on the canvas, edges first as Cytoscape draws them. */
export function readScene(cy: Core): Scene {
  const drawn = !isHeadless(cy);
  return {
    edges: cy.edges(':visible').map((edge) => sceneEdge(edge, drawn)),
    nodes: cy.nodes(':visible').map(sceneNode),
  };
}
