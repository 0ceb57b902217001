// A small SVG of a node kind's canvas shape in its colour, drawn to match Cytoscape's shapes.
// Decorative: whatever shows it also names the kind in text.

import type { ReactElement } from 'react';
import type { KindShape } from './kindStyles';

const SHAPES: Record<KindShape, (fill: string) => ReactElement> = {
  ellipse: (fill) => <circle cx="10" cy="10" r="9" fill={fill} />,
  'round-rectangle': (fill) => <rect x="1" y="1" width="18" height="18" rx="5" fill={fill} />,
  hexagon: (fill) => <polygon points="1,10 5.5,1 14.5,1 19,10 14.5,19 5.5,19" fill={fill} />,
  diamond: (fill) => <polygon points="10,1 19,10 10,19 1,10" fill={fill} />,
  tag: (fill) => <polygon points="1,1 13,1 19,10 13,19 1,19" fill={fill} />,
  triangle: (fill) => <polygon points="10,1 19,19 1,19" fill={fill} />,
};

export function KindShapeIcon({
  shape,
  colour,
  size = 16,
}: {
  shape: KindShape;
  colour: string;
  size?: number;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      data-shape={shape}
    >
      {SHAPES[shape](colour)}
    </svg>
  );
}
