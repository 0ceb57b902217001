// What yEd keeps in its own `y:` extension inside GraphML `<data>`: a node's label (y:NodeLabel),
// its box on the canvas (y:Geometry), its fill colour, and an edge's label (y:EdgeLabel).

import type { Position } from '../../../domain/types';
import type { XmlElement } from '../xml/readXml';

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

function firstText(element: XmlElement, name: string): string | null {
  for (const found of descendants(element)) {
    if (found.name === name && found.text.trim() !== '') return found.text.trim();
  }
  return null;
}

export interface YedGraphics {
  label: string | null;
  position: Position | null;
  colour: string | null;
}

/** The graphics yEd wrote in one `<data>` element; all null when it holds none. */
export function yedNodeGraphics(data: XmlElement): YedGraphics {
  let position: Position | null = null;
  let colour: string | null = null;
  for (const found of descendants(data)) {
    if (found.name === 'Geometry' && position === null) {
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) =>
        Number(found.attributes.get(name) ?? 0),
      );
      const centre = { x: (x ?? 0) + (width ?? 0) / 2, y: (y ?? 0) + (height ?? 0) / 2 };
      if (Number.isFinite(centre.x) && Number.isFinite(centre.y)) position = centre;
    }
    if (found.name === 'Fill' && colour === null) colour = found.attributes.get('color') ?? null;
  }
  return { label: firstText(data, 'NodeLabel'), position, colour };
}

export function yedEdgeLabel(data: XmlElement): string | null {
  return firstText(data, 'EdgeLabel');
}

/** True when a `<data>` element holds yEd graphics rather than a value. */
export function isYedGraphics(data: XmlElement): boolean {
  return data.children.length > 0;
}
