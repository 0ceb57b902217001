// Writes a picture of the map as an SVG document from a Scene: plain numbers and strings read off
// the canvas (svgScene.ts). Pure, so it is tested in Node. Every piece of user text goes through
// escapeXml; nothing here builds markup from a label any other way.

import type { KindShape } from './kindStyles';
import { shapeOutline, type ShapeOutline } from './shapes';

export interface Point {
  x: number;
  y: number;
}

export interface TextStyle {
  fontSize: number;
  fontFamily: string;
  fontWeight: string;
  colour: string;
  /** A box behind the text, as the canvas draws it, so labels stay legible over edges. */
  background: { colour: string; opacity: number; padding: number } | null;
}

export interface SceneNode {
  id: string;
  shape: KindShape;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  fillOpacity: number;
  border: { colour: string; width: number; dashed: boolean };
  /** The whole node's opacity: below 1 when the filter dims it. */
  opacity: number;
  label: string;
  text: TextStyle;
  /** Room between the bottom of the node and the top of its label. */
  labelGap: number;
  /** Labels wrap at spaces to this width, as on the canvas. */
  labelMaxWidth: number;
  /** The selection outline around the node, when drawn. */
  outline: { colour: string; width: number; offset: number } | null;
  /** The halo under the node (the connect source), when drawn. */
  underlay: { colour: string; opacity: number; padding: number } | null;
}

export interface SceneEdge {
  id: string;
  /** Start, then control points (each a quadratic Bézier control, as Cytoscape draws), then end. */
  points: Point[];
  width: number;
  colour: string;
  opacity: number;
  /** An arrowhead at the end, tip on the end point. */
  arrow: { colour: string; size: number } | null;
  label: string;
  labelAt: Point;
  /** Radians; the label runs along the edge, kept upright. */
  labelAngle: number;
  text: TextStyle;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** The width of a run of text in a font; the canvas can measure, a headless run estimates. */
export type MeasureText = (text: string, style: TextStyle) => number;

export interface SvgOptions {
  background: 'white' | 'transparent';
  /** Read by screen readers and shown by viewers as the document's name. */
  title?: string;
  measure?: MeasureText;
}

const PADDING = 20;
const LINE_HEIGHT = 1.2;
/** Where a line's baseline sits below its top, as a share of the font size. */
const ASCENT = 0.8;

/** A rough width for when nothing can measure: average glyphs are about 0.55 em wide. */
export const estimateTextWidth: MeasureText = (text, style) =>
  text.length * style.fontSize * (style.fontWeight === 'bold' ? 0.6 : 0.55);

/**
 * XML 1.0 forbids most control characters and lone surrogates even when escaped: a label holding
 * one would make the whole file unreadable, so they are dropped.
 */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

export function escapeXml(text: string): string {
  const clean = Array.from(text).every(isXmlChar)
    ? text
    : Array.from(text).filter(isXmlChar).join('');
  return clean.replace(/[&<>"']/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

const num = (value: number): string => String(Math.round(value * 100) / 100);

function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] != null)
    .map(
      ([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`,
    )
    .join('');
}

/** Breaks a label into lines at spaces (and at its own line breaks) to fit maxWidth. */
export function wrapLabel(
  label: string,
  maxWidth: number,
  style: TextStyle,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(candidate, style) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines.filter((line, index) => line !== '' || index < lines.length - 1);
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function grow(box: Box, x1: number, y1: number, x2: number, y2: number): void {
  box.x1 = Math.min(box.x1, x1);
  box.y1 = Math.min(box.y1, y1);
  box.x2 = Math.max(box.x2, x2);
  box.y2 = Math.max(box.y2, y2);
}

function shapeElement(outline: ShapeOutline, paint: string): string {
  switch (outline.tag) {
    case 'ellipse':
      return `<ellipse${attrs({ cx: outline.cx, cy: outline.cy, rx: outline.rx, ry: outline.ry })}${paint}/>`;
    case 'rect':
      return `<rect${attrs({ x: outline.x, y: outline.y, width: outline.width, height: outline.height, rx: outline.rx })}${paint}/>`;
    case 'polygon':
      return `<polygon${attrs({ points: outline.points })}${paint}/>`;
  }
}

function fontAttrs(text: TextStyle): string {
  return attrs({
    'font-family': text.fontFamily,
    'font-size': text.fontSize,
    'font-weight': text.fontWeight === 'normal' ? null : text.fontWeight,
    fill: text.colour,
  });
}

/** A label's lines centred on x, the first line's top at y, with its background box. */
function textBlock(
  lines: string[],
  x: number,
  top: number,
  text: TextStyle,
  measure: MeasureText,
  box: Box,
  transform?: string,
): string {
  const lineHeight = text.fontSize * LINE_HEIGHT;
  const width = Math.max(...lines.map((line) => measure(line, text)));
  const height = lines.length * lineHeight;
  const parts: string[] = [];
  if (text.background !== null && text.background.opacity > 0) {
    const pad = text.background.padding;
    parts.push(
      `<rect${attrs({
        x: x - width / 2 - pad,
        y: top - pad,
        width: width + 2 * pad,
        height: height + 2 * pad,
        fill: text.background.colour,
        'fill-opacity': text.background.opacity,
      })}/>`,
    );
  }
  const spans = lines
    .map(
      (line, index) =>
        `<tspan${attrs({ x, y: top + index * lineHeight + text.fontSize * ASCENT })}>${escapeXml(line)}</tspan>`,
    )
    .join('');
  parts.push(`<text${attrs({ 'text-anchor': 'middle' })}${fontAttrs(text)}>${spans}</text>`);
  if (transform === undefined) grow(box, x - width / 2, top, x + width / 2, top + height);
  return transform === undefined
    ? parts.join('')
    : `<g${attrs({ transform })}>${parts.join('')}</g>`;
}

function nodeSvg(node: SceneNode, measure: MeasureText, box: Box): string {
  const parts: string[] = [];
  const halfW = node.width / 2;
  const halfH = node.height / 2;
  let reach = node.border.width / 2;
  if (node.underlay !== null) {
    const pad = node.underlay.padding;
    parts.push(
      `<ellipse${attrs({ cx: node.x, cy: node.y, rx: halfW + pad, ry: halfH + pad, fill: node.underlay.colour, 'fill-opacity': node.underlay.opacity })}/>`,
    );
    reach = Math.max(reach, pad);
  }
  const border = node.border;
  const stroke =
    border.width > 0
      ? attrs({
          stroke: border.colour,
          'stroke-width': border.width,
          'stroke-dasharray': border.dashed
            ? `${num(border.width * 3)} ${num(border.width * 2)}`
            : null,
        })
      : '';
  const fill = attrs({
    fill: node.fill,
    'fill-opacity': node.fillOpacity < 1 ? node.fillOpacity : null,
  });
  const outline = shapeOutline(node.shape, node.x, node.y, node.width, node.height);
  parts.push(shapeElement(outline, attrs({ class: 'node-shape' }) + fill + stroke));
  if (node.outline !== null) {
    const spread = node.outline.offset + node.outline.width / 2 + border.width / 2;
    const ring = shapeOutline(
      node.shape,
      node.x,
      node.y,
      node.width + 2 * spread,
      node.height + 2 * spread,
    );
    const paint = attrs({
      fill: 'none',
      stroke: node.outline.colour,
      'stroke-width': node.outline.width,
    });
    parts.push(shapeElement(ring, paint));
    reach = Math.max(reach, spread + node.outline.width / 2);
  }
  grow(
    box,
    node.x - halfW - reach,
    node.y - halfH - reach,
    node.x + halfW + reach,
    node.y + halfH + reach,
  );
  if (node.label !== '') {
    const lines = wrapLabel(node.label, node.labelMaxWidth, node.text, measure);
    const top = node.y + halfH + node.border.width / 2 + node.labelGap;
    parts.push(textBlock(lines, node.x, top, node.text, measure, box));
  }
  return `<g${attrs({ class: 'node', 'data-id': node.id, opacity: node.opacity < 1 ? node.opacity : null })}>${parts.join('')}</g>`;
}

function edgePath(points: Point[]): string {
  const [start, ...rest] = points;
  if (start === undefined || rest.length === 0) return '';
  const end = rest.pop() as Point;
  let path = `M${num(start.x)} ${num(start.y)}`;
  if (rest.length === 0) return `${path} L${num(end.x)} ${num(end.y)}`;
  // Cytoscape joins several controls with quadratic curves through the midpoints between them.
  rest.forEach((control, index) => {
    const next = rest[index + 1];
    const to =
      next === undefined ? end : { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 };
    path += ` Q${num(control.x)} ${num(control.y)} ${num(to.x)} ${num(to.y)}`;
  });
  return path;
}

function edgeSvg(edge: SceneEdge, measure: MeasureText, box: Box): string {
  if (edge.points.length < 2) return '';
  const points = edge.points.map((point) => ({ ...point }));
  const parts: string[] = [];
  if (edge.arrow !== null) {
    const tip = points[points.length - 1] as Point;
    const from = points[points.length - 2] as Point;
    const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
    const dx = (tip.x - from.x) / length;
    const dy = (tip.y - from.y) / length;
    // Cytoscape's triangle arrow: 0.3 of the arrow size long, 0.3 wide.
    const back = 0.3 * edge.arrow.size;
    const half = 0.15 * edge.arrow.size;
    const base = { x: tip.x - dx * back, y: tip.y - dy * back };
    const corners = [
      tip,
      { x: base.x - dy * half, y: base.y + dx * half },
      { x: base.x + dy * half, y: base.y - dx * half },
    ];
    // The line stops at the arrow's base so its end does not poke through the tip.
    points[points.length - 1] = base;
    parts.push(
      `<polygon${attrs({ class: 'arrow', points: corners.map((p) => `${num(p.x)},${num(p.y)}`).join(' '), fill: edge.arrow.colour })}/>`,
    );
  }
  parts.unshift(
    `<path${attrs({ d: edgePath(points), fill: 'none', stroke: edge.colour, 'stroke-width': edge.width, 'stroke-linecap': 'butt' })}/>`,
  );
  for (const point of edge.points) grow(box, point.x, point.y, point.x, point.y);
  if (edge.label !== '') {
    const degrees = (edge.labelAngle * 180) / Math.PI;
    const { x, y } = edge.labelAt;
    const halfHeight = (edge.text.fontSize * LINE_HEIGHT) / 2;
    const transform = `rotate(${num(degrees)} ${num(x)} ${num(y)})`;
    parts.push(textBlock([edge.label], x, y - halfHeight, edge.text, measure, box, transform));
    const reach = measure(edge.label, edge.text) / 2;
    grow(box, x - reach, y - reach, x + reach, y + reach);
  }
  return `<g${attrs({ class: 'edge', 'data-id': edge.id, opacity: edge.opacity < 1 ? edge.opacity : null })}>${parts.join('')}</g>`;
}

/** The whole scene as a standalone SVG document, framed to what is drawn. */
export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const measure = options.measure ?? estimateTextWidth;
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const edges = scene.edges.map((edge) => edgeSvg(edge, measure, box)).join('');
  const nodes = scene.nodes.map((node) => nodeSvg(node, measure, box)).join('');
  if (!Number.isFinite(box.x1)) Object.assign(box, { x1: 0, y1: 0, x2: 0, y2: 0 });
  const x = Math.floor(box.x1 - PADDING);
  const y = Math.floor(box.y1 - PADDING);
  const width = Math.ceil(box.x2 + PADDING) - x;
  const height = Math.ceil(box.y2 + PADDING) - y;
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  const background =
    options.background === 'white'
      ? `<rect${attrs({ class: 'background', x, y, width, height, fill: '#FFFFFF' })}/>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `${x} ${y} ${width} ${height}` })}>` +
    `${title}${background}<g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>\n`
  );
}
