// A small SVG of a node shape in a colour, drawn from the same outlines as the canvas and the SVG
// export. Decorative: whatever shows it also names what it stands for in text.

import type { KindShape } from './kindStyles';
import { shapeOutline } from './shapes';

export function KindShapeIcon({
  shape,
  colour,
  size = 16,
  dashed = false,
}: {
  shape: KindShape;
  colour: string;
  size?: number;
  /** The dashed dark outline the canvas gives nodes not yet assessed. */
  dashed?: boolean;
}) {
  // The dashed outline is drawn inside the 20×20 box, so the shape shrinks to make room for it.
  const side = dashed ? 16 : 18;
  const outline = shapeOutline(shape, 10, 10, side, side);
  const paint = dashed
    ? { fill: colour, stroke: '#1F2328', strokeWidth: 2, strokeDasharray: '3.5 2' }
    : { fill: colour };
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      data-shape={shape}
    >
      {outline.tag === 'ellipse' && (
        <ellipse cx={outline.cx} cy={outline.cy} rx={outline.rx} ry={outline.ry} {...paint} />
      )}
      {outline.tag === 'rect' && (
        <rect
          x={outline.x}
          y={outline.y}
          width={outline.width}
          height={outline.height}
          rx={outline.rx}
          {...paint}
        />
      )}
      {outline.tag === 'polygon' && <polygon points={outline.points} {...paint} />}
    </svg>
  );
}
