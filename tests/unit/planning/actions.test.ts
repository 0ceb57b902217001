// Actions: overdue means open and due before today; lists put open first and group per owner.

import { describe, expect, it } from 'vitest';
import { groupByOwner, isOverdue, sortActions } from '@shared/domain/planning/actions';
import { anAction, aPerson } from './planningFactories';

const TODAY = '2010-02-04';

describe('overdue actions', () => {
  it('is overdue only when open and due before today', () => {
    expect(isOverdue(anAction({ due: '2010-02-03' }), TODAY)).toBe(true);
    expect(isOverdue(anAction({ due: '2010-02-04' }), TODAY)).toBe(false);
    expect(isOverdue(anAction({ due: '2010-02-03', done: true }), TODAY)).toBe(false);
    expect(isOverdue(anAction({ due: null }), TODAY)).toBe(false);
    expect(isOverdue(anAction({ due: '2010-02-03T23:00:00Z' }), TODAY)).toBe(true);
  });

  it('sorts open before done, then by due date with undated last', () => {
    const sorted = sortActions([
      anAction({ id: 'done', due: '2010-01-01', done: true }),
      anAction({ id: 'undated', due: null }),
      anAction({ id: 'late', due: '2010-03-01' }),
      anAction({ id: 'soon', due: '2010-02-01' }),
    ]);
    expect(sorted.map((action) => action.id)).toEqual(['soon', 'late', 'undated', 'done']);
  });

  it('groups per owner by label with nobody last, counting overdue ones', () => {
    const zoe = aPerson('zoe', {}, { label: 'Zoe' });
    const amy = aPerson('amy', {}, { label: 'Amy' });
    const nodesById = new Map([zoe, amy].map((node) => [node.id, node]));
    const groups = groupByOwner(
      [
        anAction({ id: 'z1', ownerId: 'zoe', due: '2010-01-01' }),
        anAction({ id: 'n1', ownerId: null }),
        anAction({ id: 'a1', ownerId: 'amy', due: '2010-03-01' }),
        anAction({ id: 'gone', ownerId: 'deleted-person' }),
      ],
      nodesById,
      TODAY,
    );
    expect(
      groups.map((group) => [
        group.owner?.label ?? null,
        group.actions.map((a) => a.id),
        group.overdue,
      ]),
    ).toEqual([
      ['Amy', ['a1'], 0],
      ['Zoe', ['z1'], 1],
      [null, ['n1', 'gone'], 0],
    ]);
  });
});
