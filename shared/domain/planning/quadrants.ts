// The power/interest grid: where a stakeholder sits by influence and interest (0–10), and what
// that means for how they are engaged. A score of 5 or more is high: the scale has eleven points,
// so no split is even, and the middle score counts as mattering rather than being overlooked.

import type { StakeNode } from '../types';
import { isStakeholder } from './stakeholders';

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Scores from here up are "high"; the grid draws its dividing lines just below this score. */
export const HIGH_FROM = 5;

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'manage-closely': 'Manage closely',
  'keep-satisfied': 'Keep satisfied',
  'keep-informed': 'Keep informed',
  monitor: 'Monitor',
};

export const QUADRANT_HINTS: Record<Quadrant, string> = {
  'manage-closely': 'High influence, high interest',
  'keep-satisfied': 'High influence, low interest',
  'keep-informed': 'Low influence, high interest',
  monitor: 'Low influence, low interest',
};

export function quadrantOf(influence: number, interest: number): Quadrant {
  const powerful = influence >= HIGH_FROM;
  const interested = interest >= HIGH_FROM;
  if (powerful) return interested ? 'manage-closely' : 'keep-satisfied';
  return interested ? 'keep-informed' : 'monitor';
}

export function clampScore(score: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(score)));
}

export interface GridPlacement {
  node: StakeNode;
  influence: number;
  interest: number;
  quadrant: Quadrant;
}

export interface GridLayout {
  placed: GridPlacement[];
  /** Stakeholders still missing a score, waiting to be placed. */
  tray: StakeNode[];
}

/**
 * Splits nodes into those on the grid (both scores set) and those waiting in the tray (a
 * stakeholder with either score missing). Events and channels join the grid only once scored.
 */
export function layoutGrid(nodes: readonly StakeNode[]): GridLayout {
  const placed: GridPlacement[] = [];
  const tray: StakeNode[] = [];
  for (const node of nodes) {
    const { influence, interest } = node.assessment;
    if (influence !== null && interest !== null) {
      placed.push({ node, influence, interest, quadrant: quadrantOf(influence, interest) });
    } else if (isStakeholder(node)) {
      tray.push(node);
    }
  }
  return { placed, tray };
}

/** Scores for a point on the grid given as fractions of its width and height from bottom left. */
export function scoresAt(
  fractionX: number,
  fractionY: number,
): { influence: number; interest: number } {
  const steps = SCORE_MAX - SCORE_MIN + 1;
  const toScore = (fraction: number) => clampScore(Math.floor(fraction * steps) + SCORE_MIN);
  return { interest: toScore(fractionX), influence: toScore(fractionY) };
}

/** Where a score sits along an axis, as a fraction: the middle of its cell of the scale. */
export function scoreFraction(score: number): number {
  return (score - SCORE_MIN + 0.5) / (SCORE_MAX - SCORE_MIN + 1);
}

/** Where the high/low dividing line sits along an axis, as a fraction. */
export const DIVIDER_FRACTION = (HIGH_FROM - SCORE_MIN) / (SCORE_MAX - SCORE_MIN + 1);
