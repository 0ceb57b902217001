// The power/interest grid as an SVG picture for meeting packs: the four labelled quadrants, the
// axes and every scored stakeholder, laid out as on screen. Pure: records in, text out.

import {
  DIVIDER_FRACTION,
  QUADRANT_HINTS,
  QUADRANT_LABELS,
  SCORE_MAX,
  SCORE_MIN,
  type GridPlacement,
  type Quadrant,
} from '@shared/domain/planning/quadrants';
import type { StakeNode } from '@shared/domain/types';
import { KIND_STYLES } from '../../../graph/kindStyles';
import { escapeXml } from '../../../graph/svgWriter';
import { arrangeMarkers } from './arrangeMarkers';

export const GRID_PICTURE = { width: 1100, height: 820 };

const MARGIN = { left: 48, top: 52, right: 16, bottom: 40 };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const FILLS: Record<Quadrant, string> = {
  'manage-closely': '#fdf0e6',
  'keep-satisfied': '#f4f0fa',
  'keep-informed': '#eaf4f1',
  monitor: '#f3f4f6',
};
/** Average glyph width at the marker font size, to cut labels that would run on. */
const CHAR_WIDTH = 6.8;
const ROW = 17;

function fit(label: string, width: number): string {
  const room = Math.max(3, Math.floor(width / CHAR_WIDTH));
  return label.length <= room ? label : `${label.slice(0, room - 1)}…`;
}

/** Dots take the network view's colours; by kind unless told otherwise. */
const byKind = (node: StakeNode) => KIND_STYLES[node.kind].colour;

export function gridToSvg(
  placed: readonly GridPlacement[],
  title: string,
  colourOf: (node: StakeNode) => string = byKind,
): string {
  const { width, height } = GRID_PICTURE;
  const plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    w: width - MARGIN.left - MARGIN.right,
    h: height - MARGIN.top - MARGIN.bottom,
  };
  const cells = SCORE_MAX - SCORE_MIN + 1;
  const cellW = plot.w / cells;
  const cellH = plot.h / cells;
  const splitX = plot.x + DIVIDER_FRACTION * plot.w;
  const splitY = plot.y + (1 - DIVIDER_FRACTION) * plot.h;
  const boxes: Record<Quadrant, { x: number; y: number; w: number; h: number }> = {
    'keep-satisfied': { x: plot.x, y: plot.y, w: splitX - plot.x, h: splitY - plot.y },
    'manage-closely': { x: splitX, y: plot.y, w: plot.x + plot.w - splitX, h: splitY - plot.y },
    monitor: { x: plot.x, y: splitY, w: splitX - plot.x, h: plot.y + plot.h - splitY },
    'keep-informed': {
      x: splitX,
      y: splitY,
      w: plot.x + plot.w - splitX,
      h: plot.y + plot.h - splitY,
    },
  };
  const counts = new Map<Quadrant, number>();
  for (const placement of placed) {
    counts.set(placement.quadrant, (counts.get(placement.quadrant) ?? 0) + 1);
  }

  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${plot.x}" y="30" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
  );
  for (const [quadrant, box] of Object.entries(boxes) as Array<[Quadrant, typeof plot]>) {
    parts.push(
      `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="${FILLS[quadrant]}" stroke="#d5d9e0"/>`,
    );
    const bottom = quadrant === 'monitor' || quadrant === 'keep-informed';
    const labelY = bottom ? box.y + box.h - 24 : box.y + 20;
    parts.push(
      `<text x="${box.x + 8}" y="${labelY}" font-size="14" font-weight="bold">${escapeXml(QUADRANT_LABELS[quadrant])}</text>`,
      `<text x="${box.x + 8}" y="${labelY + 15}" font-size="11" fill="#5a6474">${escapeXml(
        `${QUADRANT_HINTS[quadrant]} · ${counts.get(quadrant) ?? 0}`,
      )}</text>`,
    );
  }
  const { stackIndex, span } = arrangeMarkers(placed);
  for (const placement of placed) {
    const x = plot.x + (placement.interest - SCORE_MIN) * cellW;
    const top = plot.y + (SCORE_MAX - placement.influence) * cellH;
    const y = top + 9 + (stackIndex.get(placement.node.id) ?? 0) * ROW;
    const room = (span.get(placement.node.id) ?? 1) * cellW - 20;
    parts.push(
      `<circle cx="${x + 8}" cy="${y}" r="5.5" fill="${colourOf(placement.node)}" stroke="#ffffff"/>`,
      `<text x="${x + 17}" y="${y + 4}" font-size="11">${escapeXml(
        fit(placement.node.label || '(no label)', room),
      )}</text>`,
    );
  }
  parts.push(
    `<text x="${plot.x + plot.w / 2}" y="${height - 12}" font-size="13" font-weight="bold" text-anchor="middle" fill="#5a6474">Interest →</text>`,
    `<text transform="translate(20 ${plot.y + plot.h / 2}) rotate(-90)" font-size="13" font-weight="bold" text-anchor="middle" fill="#5a6474">Influence →</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" fill="#1c2330">`,
    `<title>${escapeXml(title)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
