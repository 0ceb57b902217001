// Styling nodes by an attribute: which colour each node gets for the chosen "colour by", how big
// it is for "size by", and the key the legend shows for that choice. Pure: the same records and
// choice always give the same colours, so toElements and Legend agree without talking.

import { ENGAGEMENT_LABELS } from '@shared/domain/labels';
import { isStakeholder } from '@shared/domain/planning/stakeholders';
import type { StakeNode } from '@shared/domain/types';
import { ENGAGEMENT_LEVELS, NODE_KINDS, type EngagementLevel } from '@shared/domain/vocabulary';
import { KIND_STYLES, type KindShape } from './kindStyles';

export type ColourBy = 'kind' | 'engagement' | 'sector' | 'owner';
export type SizeBy = 'none' | 'influence';

export interface StyleChoice {
  colourBy: ColourBy;
  sizeBy: SizeBy;
}

export const DEFAULT_STYLE_CHOICE: StyleChoice = { colourBy: 'kind', sizeBy: 'none' };

export const COLOUR_BY_OPTIONS: ReadonlyArray<{ value: ColourBy; label: string }> = [
  { value: 'kind', label: 'Kind' },
  { value: 'engagement', label: 'Current engagement' },
  { value: 'sector', label: 'Sector' },
  { value: 'owner', label: 'Owner' },
];

export const SIZE_BY_OPTIONS: ReadonlyArray<{ value: SizeBy; label: string }> = [
  { value: 'none', label: 'Same size' },
  { value: 'influence', label: 'Influence' },
];

/**
 * Engagement from unaware to leading, darker at every step (CIELAB lightness 61 → 21) while the
 * hue turns from amber through red to navy: the order survives every kind of colour blindness
 * and a greyscale print, and each step has at least 3:1 contrast on white.
 */
export const ENGAGEMENT_COLOURS: Record<EngagementLevel, string> = {
  unaware: '#C28831',
  resistant: '#CD5238',
  neutral: '#B22863',
  supportive: '#623481',
  leading: '#152F6A',
};

/** Okabe–Ito hues, darkened to 3:1 on white, for values with no order (sectors, owners). */
export const CATEGORY_COLOURS: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#00876C',
  '#B8568F',
  '#A86F00',
  '#6C4FA3',
  '#57761C',
];

/** A value that is missing: engagement not known, no sector, no owner. */
export const NOT_KNOWN_COLOUR = '#8C8C8C';
/** Values past the end of the categorical palette share one darker grey. */
export const OTHER_COLOUR = '#5A5A5A';

/** The node size when size says nothing, and the range influence 0–10 maps onto. */
export const BASE_NODE_SIZE = 34;
export const MIN_NODE_SIZE = 20;
export const MAX_NODE_SIZE = 64;

/** One line of the legend's colour key. A shape is shown only when colour is by kind. */
export interface ColourKey {
  key: string;
  label: string;
  colour: string;
  shape?: KindShape;
}

export interface ColourScheme {
  colourOf(node: StakeNode): string;
  /** The key for what is on the map, in the order the legend lists it. */
  keys: ColourKey[];
}

/**
 * Not yet assessed: neither influence nor interest has a score. The inspector says "Not yet
 * assessed" under the same condition, and the canvas gives such nodes a dashed outline.
 */
/** A stakeholder with neither score yet. Events and channels are places, not stakeholders. */
export function isUnassessed(node: StakeNode): boolean {
  return (
    isStakeholder(node) && node.assessment.influence === null && node.assessment.interest === null
  );
}

export function nodeSize(node: StakeNode, sizeBy: SizeBy): number {
  const influence = node.assessment.influence;
  if (sizeBy === 'none' || influence === null) return BASE_NODE_SIZE;
  const score = Math.min(10, Math.max(0, influence));
  return MIN_NODE_SIZE + ((MAX_NODE_SIZE - MIN_NODE_SIZE) * score) / 10;
}

export function colourScheme(nodes: readonly StakeNode[], colourBy: ColourBy): ColourScheme {
  switch (colourBy) {
    case 'kind':
      return kindScheme(nodes);
    case 'engagement':
      return engagementScheme(nodes);
    case 'sector':
      return categoryScheme(nodes, sectorCategory, { none: 'No sector', other: 'Other sectors' });
    case 'owner':
      return ownerScheme(nodes);
  }
}

function kindScheme(nodes: readonly StakeNode[]): ColourScheme {
  const present = new Set(nodes.map((node) => node.kind));
  // An empty map still shows every kind: it is where a new user learns the shapes.
  const shown = NODE_KINDS.filter((kind) => present.size === 0 || present.has(kind));
  return {
    colourOf: (node) => KIND_STYLES[node.kind].colour,
    keys: shown.map((kind) => {
      const { label, colour, shape } = KIND_STYLES[kind];
      return { key: kind, label, colour, shape };
    }),
  };
}

function engagementScheme(nodes: readonly StakeNode[]): ColourScheme {
  // The whole scale is listed whatever is present: where a level sits on it is the point.
  const keys: ColourKey[] = ENGAGEMENT_LEVELS.map((level) => ({
    key: level,
    label: ENGAGEMENT_LABELS[level],
    colour: ENGAGEMENT_COLOURS[level],
  }));
  if (nodes.some((node) => node.assessment.engagementCurrent === null)) {
    keys.push({ key: 'unknown', label: 'Not known', colour: NOT_KNOWN_COLOUR });
  }
  return {
    colourOf: (node) => {
      const level = node.assessment.engagementCurrent;
      return level === null ? NOT_KNOWN_COLOUR : ENGAGEMENT_COLOURS[level];
    },
    keys,
  };
}

/** A node's value for a categorical colouring: a stable key and what the legend calls it. */
type Category = { key: string; label: string } | null;

function sectorCategory(node: StakeNode): Category {
  const sector = node.assessment.sector.trim();
  return sector === '' ? null : { key: sector, label: sector };
}

function ownerScheme(nodes: readonly StakeNode[]): ColourScheme {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const ownerOf = (node: StakeNode): Category => {
    const owner = node.assessment.ownerId === null ? undefined : byId.get(node.assessment.ownerId);
    return owner === undefined ? null : { key: owner.id, label: owner.label || '(no label)' };
  };
  return categoryScheme(nodes, ownerOf, { none: 'No owner', other: 'Other owners' });
}

/**
 * Values get palette colours in sorted order (by label, then key), so the same values always get
 * the same colours; once the palette runs out the rest share the "other" grey rather than
 * repeating a colour that would claim two values are one.
 */
function categoryScheme(
  nodes: readonly StakeNode[],
  categoryOf: (node: StakeNode) => Category,
  names: { none: string; other: string },
): ColourScheme {
  const values = new Map<string, string>();
  let anyMissing = false;
  for (const node of nodes) {
    const category = categoryOf(node);
    if (category === null) anyMissing = true;
    else values.set(category.key, category.label);
  }
  const sorted = [...values].sort(
    ([keyA, labelA], [keyB, labelB]) => labelA.localeCompare(labelB) || keyA.localeCompare(keyB),
  );
  const colours = new Map<string, string>();
  const keys: ColourKey[] = [];
  sorted.forEach(([key, label], index) => {
    const colour = CATEGORY_COLOURS[index] ?? OTHER_COLOUR;
    colours.set(key, colour);
    if (index < CATEGORY_COLOURS.length) keys.push({ key: `value:${key}`, label, colour });
  });
  if (sorted.length > CATEGORY_COLOURS.length) {
    keys.push({ key: 'other', label: names.other, colour: OTHER_COLOUR });
  }
  if (anyMissing) keys.push({ key: 'none', label: names.none, colour: NOT_KNOWN_COLOUR });
  return {
    colourOf: (node) => {
      const category = categoryOf(node);
      return category === null ? NOT_KNOWN_COLOUR : (colours.get(category.key) ?? OTHER_COLOUR);
    },
    keys,
  };
}
