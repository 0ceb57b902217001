// The power/interest grid: which quadrant a stakeholder falls in, the tray of those not yet
// scored, and the mapping between positions on the grid and scores.

import { describe, expect, it } from 'vitest';
import {
  DIVIDER_FRACTION,
  layoutGrid,
  quadrantOf,
  scoreFraction,
  scoresAt,
} from '@shared/domain/planning/quadrants';
import { aNode } from '../../factories/records';
import { anAssessed } from './planningFactories';

describe('quadrant placement', () => {
  it('puts each corner of the grid in its quadrant', () => {
    expect(quadrantOf(10, 10)).toBe('manage-closely');
    expect(quadrantOf(10, 0)).toBe('keep-satisfied');
    expect(quadrantOf(0, 10)).toBe('keep-informed');
    expect(quadrantOf(0, 0)).toBe('monitor');
  });

  it('counts a score of 5 as high and 4 as low', () => {
    expect(quadrantOf(5, 5)).toBe('manage-closely');
    expect(quadrantOf(4, 5)).toBe('keep-informed');
    expect(quadrantOf(5, 4)).toBe('keep-satisfied');
    expect(quadrantOf(4, 4)).toBe('monitor');
  });

  it('places scored nodes and leaves unscored stakeholders in the tray', () => {
    const nodes = [
      anAssessed('scored', { influence: 8, interest: 3 }),
      anAssessed('half', { influence: 6, interest: null }),
      aNode({ id: 'fresh', kind: 'organisation' }),
      aNode({ id: 'event', kind: 'event' }),
      aNode({ id: 'channel', kind: 'channel' }),
      anAssessed('scored-event', { influence: 2, interest: 2 }, { kind: 'event' }),
    ];
    const { placed, tray } = layoutGrid(nodes);
    expect(placed.map((p) => [p.node.id, p.quadrant])).toEqual([
      ['scored', 'keep-satisfied'],
      ['scored-event', 'monitor'],
    ]);
    expect(tray.map((node) => node.id)).toEqual(['half', 'fresh']);
  });
});

describe('grid positions and scores', () => {
  it('turns a point on the grid into the score of the cell under it', () => {
    expect(scoresAt(0, 0)).toEqual({ interest: 0, influence: 0 });
    expect(scoresAt(0.999, 0.999)).toEqual({ interest: 10, influence: 10 });
    expect(scoresAt(1.4, -0.3)).toEqual({ interest: 10, influence: 0 });
    expect(scoresAt(scoreFraction(7), scoreFraction(3))).toEqual({ interest: 7, influence: 3 });
  });

  it('draws the dividing line between a score of 4 and a score of 5', () => {
    expect(scoreFraction(4)).toBeLessThan(DIVIDER_FRACTION);
    expect(scoreFraction(5)).toBeGreaterThan(DIVIDER_FRACTION);
    expect(scoresAt(DIVIDER_FRACTION + 0.001, DIVIDER_FRACTION - 0.001)).toEqual({
      interest: 5,
      influence: 4,
    });
  });
});
