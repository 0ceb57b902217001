// Several nodes selected: the inspector's bulk-edit panel says how many and which, shows "(mixed)"
// where they differ, writes every change to every node in one step, and one undo puts every node
// back exactly as it was.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EMPTY_PERSON } from '@shared/domain/details';
import { emptyAssessment } from '@shared/domain/nodes';
import type { Assessment, StakeNode } from '@shared/domain/types';
import { historyDepth, redo, undo } from '../../../renderer/state/history';
import { aBundle, aNode } from '../../factories/records';
import { MAP_ID, renderInspector, storedNode } from './renderEditorPart';

const inspector = () => within(screen.getByRole('complementary', { name: 'Inspector' }));
const combobox = (name: string) => inspector().getByRole('combobox', { name });
const selectedText = (select: HTMLElement) =>
  (select as HTMLSelectElement).selectedOptions[0]?.textContent;

const assessed = (changes: Partial<Assessment>): Assessment => ({
  ...emptyAssessment(),
  ...changes,
});

function team(): StakeNode[] {
  return [
    aNode({
      id: 'ann',
      kind: 'person',
      label: 'Ann Jones',
      tags: ['council', 'panel'],
      person: { ...EMPTY_PERSON, role: 'Chair' },
      assessment: assessed({ engagementCurrent: 'neutral', sector: 'Local government' }),
    }),
    aNode({
      id: 'org',
      kind: 'organisation',
      label: 'County Council',
      tags: ['council'],
      assessment: assessed({ engagementCurrent: 'neutral', sector: 'Local government' }),
    }),
    aNode({
      id: 'wiki',
      kind: 'channel',
      label: 'Stakeholder wiki',
      tags: ['council', 'online'],
      assessment: assessed({ engagementCurrent: 'neutral', influence: 4, ownerId: 'owen' }),
    }),
    aNode({ id: 'owen', kind: 'person', label: 'Owen Owner' }),
    aNode({ id: 'pat', kind: 'person', label: 'Pat Person' }),
  ];
}

const SELECTED = ['ann', 'org', 'wiki'];

async function renderBulk() {
  await renderInspector(aBundle({ nodes: team(), relationships: [] }), {
    type: 'nodes',
    ids: SELECTED,
  });
  await inspector().findByRole('heading', { name: '3 nodes selected' });
}

async function storedSelection(): Promise<StakeNode[]> {
  const nodes = await Promise.all(SELECTED.map((id) => storedNode(id)));
  return nodes.map((node) => ({ ...node!, updatedAt: '' }));
}

describe('the bulk-edit panel', () => {
  it('names the selected nodes and marks the fields where they differ as (mixed)', async () => {
    await renderBulk();
    const listed = within(inspector().getByRole('list', { name: 'Selected nodes' }));
    expect(listed.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ann Jones: select only this node Person',
      'County Council: select only this node Organisation',
      'Stakeholder wiki: select only this node Channel',
    ]);
    // Kinds, sectors and owners differ; every node is "neutral" and none has a target.
    expect(selectedText(combobox('Kind'))).toBe('(mixed)');
    expect(selectedText(combobox('Current engagement'))).toBe('Neutral');
    expect(selectedText(combobox('Target engagement'))).toBe('Not set');
    expect(selectedText(combobox('Owner'))).toBe('(mixed)');
    expect(inspector().getByRole('textbox', { name: 'Sector' })).toHaveValue('');
    expect(inspector().getByRole('textbox', { name: 'Sector' })).toHaveAttribute(
      'placeholder',
      '(mixed)',
    );
    // "council" is on all three; "panel" and "online" on one each.
    const removable = within(inspector().getByRole('group', { name: 'Remove tags' }));
    expect(removable.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(
      ['council (on all)', 'panel (on 1 of 3)', 'online (on 1 of 3)'],
    );
    // Nothing is changed yet, so there is nothing to apply.
    expect(inspector().getByRole('button', { name: 'Apply to 3 nodes' })).toBeDisabled();
  });

  it('offers as owner only people on the map who are not among the selected', async () => {
    await renderBulk();
    const owners = within(combobox('Owner'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(owners).toEqual(['(mixed)', 'No owner', 'Owen Owner', 'Pat Person']);
  });

  it('applies every change to every node as one step that one undo takes back exactly', async () => {
    const user = userEvent.setup();
    await renderBulk();
    const before = await storedSelection();
    const stepsBefore = historyDepth(MAP_ID).past;

    await user.selectOptions(combobox('Current engagement'), 'Supportive');
    await user.selectOptions(combobox('Target engagement'), 'Leading');
    await user.selectOptions(combobox('Owner'), 'Pat Person');
    await user.type(inspector().getByRole('textbox', { name: 'Sector' }), 'Public sector');
    await user.type(inspector().getByRole('textbox', { name: 'Add tags' }), 'priority, 2010');
    await user.click(inspector().getByRole('checkbox', { name: 'panel (on 1 of 3)' }));
    await user.click(inspector().getByRole('button', { name: 'Apply to 3 nodes' }));

    await waitFor(async () => {
      for (const node of await storedSelection()) {
        expect(node.assessment.engagementCurrent).toBe('supportive');
      }
    });
    const after = await storedSelection();
    after.forEach((node, index) => {
      const was = before[index]!;
      expect(node.assessment).toEqual({
        ...was.assessment,
        engagementCurrent: 'supportive',
        engagementTarget: 'leading',
        ownerId: 'pat',
        sector: 'Public sector',
      });
      expect(node.tags).toEqual([...was.tags.filter((tag) => tag !== 'panel'), 'priority', '2010']);
      // What the edit did not name stays as each node had it.
      expect(node.kind).toBe(was.kind);
      expect(node.person).toEqual(was.person);
    });
    expect(historyDepth(MAP_ID).past).toBe(stepsBefore + 1);
    // The panel now shows what the nodes share, and nothing waits to be applied.
    await waitFor(() => expect(selectedText(combobox('Current engagement'))).toBe('Supportive'));
    expect(inspector().getByRole('button', { name: 'Apply to 3 nodes' })).toBeDisabled();

    await undo(MAP_ID);
    expect(await storedSelection()).toEqual(before);
    await redo(MAP_ID);
    expect(await storedSelection()).toEqual(after);
  });

  it('leaves fields marked (mixed) as each node has them unless they are changed', async () => {
    const user = userEvent.setup();
    await renderBulk();
    const before = await storedSelection();
    await user.selectOptions(combobox('Target engagement'), 'Supportive');
    await user.click(inspector().getByRole('button', { name: 'Apply to 3 nodes' }));
    await waitFor(async () => {
      for (const node of await storedSelection()) {
        expect(node.assessment.engagementTarget).toBe('supportive');
      }
    });
    const after = await storedSelection();
    expect(after.map((node) => node.kind)).toEqual(before.map((node) => node.kind));
    expect(after.map((node) => node.assessment.ownerId)).toEqual([null, null, 'owen']);
    expect(after.map((node) => node.assessment.sector)).toEqual(
      before.map((node) => node.assessment.sector),
    );
    expect(after.map((node) => node.tags)).toEqual(before.map((node) => node.tags));
  });

  it('changes the kind of every node and keeps the details of the old kind', async () => {
    const user = userEvent.setup();
    await renderBulk();
    await user.selectOptions(combobox('Kind'), 'Organisation');
    await user.click(inspector().getByRole('button', { name: 'Apply to 3 nodes' }));
    await waitFor(async () => {
      expect((await storedSelection()).map((node) => node.kind)).toEqual([
        'organisation',
        'organisation',
        'organisation',
      ]);
    });
    // Ann's role waits in her person details, so making her a person again loses nothing.
    expect((await storedNode('ann'))?.person?.role).toBe('Chair');
    await waitFor(() => expect(selectedText(combobox('Kind'))).toBe('Organisation'));
  });

  it('says so when the nodes already have every value, and records no step', async () => {
    const user = userEvent.setup();
    await renderBulk();
    const steps = historyDepth(MAP_ID).past;
    await user.type(inspector().getByRole('textbox', { name: 'Add tags' }), 'council');
    await user.click(inspector().getByRole('button', { name: 'Apply to 3 nodes' }));
    await screen.findByText('Nothing changed: the 3 nodes already had these values.');
    expect(historyDepth(MAP_ID).past).toBe(steps);
  });

  it('selects one of the listed nodes on its own', async () => {
    const user = userEvent.setup();
    await renderBulk();
    await user.click(inspector().getByRole('button', { name: 'Ann Jones: select only this node' }));
    await waitFor(() =>
      expect(inspector().getByRole('textbox', { name: 'Label' })).toHaveValue('Ann Jones'),
    );
  });
});
