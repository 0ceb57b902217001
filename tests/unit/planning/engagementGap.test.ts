// The engagement gap: ordinal distance from current to target, the current × target matrix, and
// the "needs attention" order (widest gap, then most influential).

import { describe, expect, it } from 'vitest';
import { engagementGap, gapMatrix, needsAttention } from '@shared/domain/planning/engagementGap';
import { anAssessed } from './planningFactories';

describe('engagement gap', () => {
  it('counts steps on the scale unaware → resistant → neutral → supportive → leading', () => {
    const gap = (current: 'unaware' | 'neutral' | 'leading', target: 'leading' | 'neutral') =>
      engagementGap(anAssessed('x', { engagementCurrent: current, engagementTarget: target }));
    expect(gap('unaware', 'leading')).toBe(4);
    expect(gap('neutral', 'leading')).toBe(2);
    expect(gap('leading', 'neutral')).toBe(-2);
    expect(gap('neutral', 'neutral')).toBe(0);
    expect(engagementGap(anAssessed('y', { engagementCurrent: 'neutral' }))).toBeNull();
  });

  it('orders those below target by gap, then influence, then label', () => {
    const nodes = [
      anAssessed('small', {
        engagementCurrent: 'supportive',
        engagementTarget: 'leading',
        influence: 10,
      }),
      anAssessed('wide-weak', {
        engagementCurrent: 'unaware',
        engagementTarget: 'supportive',
        influence: 2,
      }),
      anAssessed('wide-strong', {
        engagementCurrent: 'unaware',
        engagementTarget: 'supportive',
        influence: 8,
      }),
      anAssessed('wide-unscored', { engagementCurrent: 'resistant', engagementTarget: 'leading' }),
      anAssessed('b-tie', {
        engagementCurrent: 'neutral',
        engagementTarget: 'leading',
        influence: 5,
      }),
      anAssessed('a-tie', {
        engagementCurrent: 'neutral',
        engagementTarget: 'leading',
        influence: 5,
      }),
      anAssessed('on-target', {
        engagementCurrent: 'leading',
        engagementTarget: 'leading',
        influence: 9,
      }),
      anAssessed('above', {
        engagementCurrent: 'leading',
        engagementTarget: 'neutral',
        influence: 9,
      }),
    ];
    expect(needsAttention(nodes).map((item) => [item.node.id, item.gap])).toEqual([
      ['wide-strong', 3],
      ['wide-weak', 3],
      ['wide-unscored', 3],
      ['a-tie', 2],
      ['b-tie', 2],
      ['small', 1],
    ]);
  });

  it('counts stakeholders in each cell of the current × target matrix', () => {
    const nodes = [
      anAssessed('a', { engagementCurrent: 'neutral', engagementTarget: 'leading' }),
      anAssessed('b', { engagementCurrent: 'neutral', engagementTarget: 'leading' }),
      anAssessed('c', { engagementCurrent: 'leading', engagementTarget: 'leading' }),
      anAssessed('d', { engagementCurrent: null, engagementTarget: 'leading' }),
    ];
    const matrix = gapMatrix(nodes);
    expect(matrix).toHaveLength(5);
    const neutralRow = matrix[2];
    expect(neutralRow?.[4]).toMatchObject({ current: 'neutral', target: 'leading', gap: 2 });
    expect(neutralRow?.[4]?.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(matrix[4]?.[4]?.nodes).toHaveLength(1);
    const total = matrix.flat().reduce((sum, cell) => sum + cell.nodes.length, 0);
    expect(total).toBe(3);
  });
});
