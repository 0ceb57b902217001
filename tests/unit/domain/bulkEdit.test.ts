// Bulk edits worked out without a database: what several nodes share or not ("mixed"), and the
// changes one edit makes to each of them.

import { describe, expect, it } from 'vitest';
import { planBulkEdit, sharedValue, summariseNodes } from '@shared/domain/bulkEdit';
import { EMPTY_PERSON } from '@shared/domain/details';
import { emptyAssessment } from '@shared/domain/nodes';
import { aNode } from '../../factories/records';

const assessed = (changes: Partial<ReturnType<typeof emptyAssessment>>) => ({
  ...emptyAssessment(),
  ...changes,
});

const ann = aNode({
  id: 'ann',
  kind: 'person',
  label: 'Ann',
  tags: ['council', 'panel'],
  assessment: assessed({ engagementCurrent: 'neutral', sector: 'Local government' }),
});
const org = aNode({
  id: 'org',
  kind: 'organisation',
  label: 'Org',
  tags: ['council'],
  assessment: assessed({ engagementCurrent: 'neutral', sector: 'Central government' }),
});
const wiki = aNode({
  id: 'wiki',
  kind: 'channel',
  label: 'Wiki',
  tags: ['council', 'online'],
  assessment: assessed({ engagementCurrent: 'neutral', ownerId: 'ann' }),
});

describe('sharedValue', () => {
  it('is the value when every node has it, and mixed when they differ', () => {
    expect(sharedValue(['a', 'a'])).toEqual({ mixed: false, value: 'a' });
    expect(sharedValue([null, null])).toEqual({ mixed: false, value: null });
    expect(sharedValue(['a', null])).toEqual({ mixed: true });
  });
});

describe('summariseNodes', () => {
  it('says which fields the nodes share and which are mixed', () => {
    const summary = summariseNodes([ann, org, wiki]);
    expect(summary.kind).toEqual({ mixed: true });
    expect(summary.engagementCurrent).toEqual({ mixed: false, value: 'neutral' });
    expect(summary.engagementTarget).toEqual({ mixed: false, value: null });
    expect(summary.sector).toEqual({ mixed: true });
    expect(summary.ownerId).toEqual({ mixed: true });
    expect(summary.tagsOnAll).toEqual(['council']);
    expect(summary.tagsOnSome).toEqual([
      { tag: 'panel', count: 1 },
      { tag: 'online', count: 1 },
    ]);
  });
});

describe('planBulkEdit', () => {
  it('changes only the fields the edit names, on every node, keeping the rest of each', () => {
    const plan = planBulkEdit([ann, org, wiki], { engagementTarget: 'supportive' });
    expect(plan.map((update) => update.id)).toEqual(['ann', 'org', 'wiki']);
    for (const { id, changes } of plan) {
      const node = [ann, org, wiki].find((candidate) => candidate.id === id);
      expect(Object.keys(changes)).toEqual(['assessment']);
      expect(changes.assessment).toEqual({ ...node?.assessment, engagementTarget: 'supportive' });
    }
  });

  it('removes tags, then adds them, without repeats', () => {
    const plan = planBulkEdit([ann, org], { addTags: ['lead', 'council'], removeTags: ['panel'] });
    expect(plan).toEqual([
      { id: 'ann', changes: { tags: ['council', 'lead'] } },
      { id: 'org', changes: { tags: ['council', 'lead'] } },
    ]);
  });

  it('leaves out nodes that already have every value', () => {
    expect(planBulkEdit([ann, org, wiki], { engagementCurrent: 'neutral' })).toEqual([]);
    expect(planBulkEdit([ann, org], { kind: 'person' })).toEqual([
      { id: 'org', changes: { kind: 'person' } },
    ]);
  });

  it('changes the kind alone, so each node keeps the details of its old kind', () => {
    const withRole = aNode({ ...ann, person: { ...EMPTY_PERSON, role: 'Chair' } });
    const [update] = planBulkEdit([withRole], { kind: 'organisation' });
    expect(update?.changes).toEqual({ kind: 'organisation' });
  });

  it('never makes a node its own owner', () => {
    const plan = planBulkEdit([ann, org], { ownerId: 'ann' });
    expect(plan).toEqual([
      { id: 'org', changes: { assessment: { ...org.assessment, ownerId: 'ann' } } },
    ]);
  });

  it('trims the sector as the single-node inspector does', () => {
    const [update] = planBulkEdit([wiki], { sector: '  Media ' });
    expect(update?.changes.assessment?.sector).toBe('Media');
  });
});
