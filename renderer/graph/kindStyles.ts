// How each node kind looks on the canvas and in the legend. Every kind differs in shape AND
// colour, so kinds stay apart for colour-blind users and in greyscale prints. Colours follow the
// Okabe–Ito palette, darkened where needed to reach at least 3:1 contrast on white. Channel is a
// triangle: at node size a barrel or rectangle reads as the organisation's rounded square.

import type { NodeKind } from '@shared/domain/vocabulary';

/** The Cytoscape node shapes Stakemap uses; Legend draws the same ones as SVG. */
export type KindShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'tag' | 'triangle';

export interface KindStyle {
  label: string;
  shape: KindShape;
  colour: string;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  person: { label: 'Person', shape: 'ellipse', colour: '#0072B2' },
  organisation: { label: 'Organisation', shape: 'round-rectangle', colour: '#D55E00' },
  network: { label: 'Network', shape: 'hexagon', colour: '#00876C' },
  community: { label: 'Community', shape: 'diamond', colour: '#B8568F' },
  event: { label: 'Event', shape: 'tag', colour: '#A86F00' },
  channel: { label: 'Channel', shape: 'triangle', colour: '#595959' },
};

/** The class every node of a kind carries; graphStyle keys the kind's shape and colour on it. */
export function kindClass(kind: NodeKind): string {
  return `kind-${kind}`;
}
