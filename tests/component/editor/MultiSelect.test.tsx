// Picking several nodes in the table, with the mouse (Ctrl/Cmd+click, Shift+click) or the keyboard
// (Shift+arrows, Ctrl+arrows then Shift+Space), or all the rows shown at once; and, in the whole
// editor, Escape to select nothing and Delete to remove them all after a confirmation, as one
// undoable step.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StakeNode } from '@shared/domain/types';
import { db } from '../../../renderer/data/db';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import { aBundle, aNode, aRelationship } from '../../factories/records';
import { MAP_ID, renderEditor } from './renderEditorPart';

const LABELS = ['Ann', 'Bob', 'Cara', 'Dev', 'Eve'];

function bundle() {
  return aBundle({
    nodes: LABELS.map((label, index) =>
      aNode({ id: label.toLowerCase(), label, position: { x: index * 100, y: 0 } }),
    ),
    relationships: [
      aRelationship({ id: 'ab', sourceId: 'ann', targetId: 'bob' }),
      aRelationship({ id: 'bc', sourceId: 'bob', targetId: 'cara' }),
      aRelationship({ id: 'de', sourceId: 'dev', targetId: 'eve' }),
    ],
  });
}

const nodesTable = () => screen.getByRole('table', { name: 'Nodes' });
const row = (label: string) => {
  const field = within(nodesTable()).getByRole('textbox', { name: `Label of ${label}` });
  const found = field.closest('tr');
  if (!found) throw new Error(`No row for ${label}`);
  return found;
};
const selectedRows = () =>
  within(nodesTable())
    .getAllByRole('row')
    .filter((candidate) => candidate.getAttribute('aria-selected') === 'true')
    .map((candidate) => candidate.querySelector('input')?.value);
const inspector = () => within(screen.getByRole('complementary', { name: 'Inspector' }));

/** The whole editor on the Table tab: the tables with the inspector, as a user has them. */
async function openTable(user: UserEvent) {
  await renderEditor(bundle());
  await user.click(screen.getByRole('tab', { name: 'Table' }));
}

async function withKey(
  user: UserEvent,
  key: 'Control' | 'Shift' | 'Meta',
  act: () => Promise<void>,
) {
  await user.keyboard(`{${key}>}`);
  await act();
  await user.keyboard(`{/${key}}`);
}

describe('several nodes selected in the table', () => {
  it('Ctrl or Cmd+click adds and removes rows; a plain click selects one again', async () => {
    const user = userEvent.setup();
    await openTable(user);
    await user.click(row('Ann'));
    await withKey(user, 'Control', () => user.click(row('Cara')));
    await withKey(user, 'Meta', () => user.click(row('Eve')));
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Cara', 'Eve']));
    await inspector().findByRole('heading', { name: '3 nodes selected' });
    expect(screen.getByText('3 selected')).toBeInTheDocument();

    await withKey(user, 'Control', () => user.click(row('Cara')));
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Eve']));
    await user.click(row('Bob'));
    await waitFor(() => expect(selectedRows()).toEqual(['Bob']));
    expect(inspector().getByRole('textbox', { name: 'Label' })).toHaveValue('Bob');
  });

  it('Shift+click selects the rows between the last one picked and this one', async () => {
    const user = userEvent.setup();
    await openTable(user);
    await user.click(row('Bob'));
    await withKey(user, 'Shift', () => user.click(row('Dev')));
    await waitFor(() => expect(selectedRows()).toEqual(['Bob', 'Cara', 'Dev']));
    // The range starts from the same row again: Shift+click above it turns the range round.
    await withKey(user, 'Shift', () => user.click(row('Ann')));
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Bob']));
  });

  it('Shift+arrows extend the selection; Ctrl+arrows move alone and Shift+Space adds', async () => {
    const user = userEvent.setup();
    await openTable(user);
    row('Ann').focus();
    await waitFor(() => expect(selectedRows()).toEqual(['Ann']));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Bob', 'Cara']));
    expect(document.activeElement).toBe(row('Cara'));
    await inspector().findByRole('heading', { name: '3 nodes selected' });

    // Shift+Up gives back the last row taken.
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Bob']));

    // Ctrl+Down twice reaches Dev without selecting Cara on the way; Shift+Space adds Dev.
    await user.keyboard('{Control>}{ArrowDown}{ArrowDown}{/Control}');
    expect(document.activeElement).toBe(row('Dev'));
    expect(selectedRows()).toEqual(['Ann', 'Bob']);
    await user.keyboard('{Shift>}[Space]{/Shift}');
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Bob', 'Dev']));
    // And takes it out again.
    await user.keyboard('{Shift>}[Space]{/Shift}');
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Bob']));
  });

  it('Select all shown selects exactly the rows the filter leaves', async () => {
    const user = userEvent.setup();
    await openTable(user);
    // Only Ann and Cara have an "a" in their label.
    await user.type(screen.getByRole('searchbox', { name: 'Filter nodes' }), 'a');
    await waitFor(() => expect(within(nodesTable()).getAllByRole('row')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    await waitFor(() => expect(selectedRows()).toEqual(['Ann', 'Cara']));
    await inspector().findByRole('heading', { name: '2 nodes selected' });
  });
});

describe('several nodes selected in the editor', () => {
  it('Escape selects nothing', async () => {
    const user = userEvent.setup();
    await renderEditor(bundle());
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    row('Ann').focus();
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await inspector().findByRole('heading', { name: '2 nodes selected' });
    await user.keyboard('{Escape}');
    await inspector().findByRole('heading', { name: 'Nothing selected' });
    expect(selectedRows()).toEqual([]);
  });

  it('Delete asks first, naming how many, then removes them with their relationships as one step', async () => {
    const user = userEvent.setup();
    await renderEditor(bundle());
    const before = await storedMap();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    row('Ann').focus();
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    await inspector().findByRole('heading', { name: '3 nodes selected' });

    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 3 nodes?' });
    expect(dialog).toHaveTextContent(
      'Ann, Bob and Cara will be deleted, with 2 relationships that touch them.',
    );
    // Cancel keeps everything.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await storedMap()).toEqual(before);

    await user.click(inspector().getByRole('button', { name: 'Delete 3 nodes' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Delete 3 nodes',
      }),
    );
    await waitFor(async () => expect((await storedMap()).nodes).toEqual(['dev', 'eve']));
    expect((await storedMap()).relationships).toEqual(['de']);
    await inspector().findByRole('heading', { name: 'Nothing selected' });

    // One Ctrl+Z brings all three back, with both relationships.
    document.body.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await storedMap()).toEqual(before));
  });

  it('the arrow keys nudge every selected node, as one step', async () => {
    const user = userEvent.setup();
    await openTable(user);
    row('Bob').focus();
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await inspector().findByRole('heading', { name: '2 nodes selected' });
    // On the canvas (in the table the arrows move between rows), the arrows move the nodes.
    await user.click(screen.getByRole('tab', { name: 'Network' }));
    screen.getByRole('region', { name: 'Network map' }).focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await waitFor(async () =>
      expect((await storedNodes()).map((node) => node.position.x)).toEqual([0, 150, 250, 300, 400]),
    );
    document.body.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () =>
      expect((await storedNodes()).map((node) => node.position.x)).toEqual([0, 100, 200, 300, 400]),
    );
  });

  it('a bulk edit is undone with one Ctrl+Z', async () => {
    const user = userEvent.setup();
    await renderEditor(bundle());
    const before = await storedNodes();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    await inspector().findByRole('heading', { name: '5 nodes selected' });
    await user.selectOptions(
      inspector().getByRole('combobox', { name: 'Current engagement' }),
      'Leading',
    );
    await user.click(inspector().getByRole('button', { name: 'Apply to 5 nodes' }));
    await waitFor(async () =>
      expect((await storedNodes()).map((node) => node.assessment.engagementCurrent)).toEqual(
        Array(5).fill('leading'),
      ),
    );
    document.body.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await storedNodes()).toEqual(before));
  });
});

async function storedNodes(): Promise<StakeNode[]> {
  const nodes = await recordsOfMap(db.nodes, MAP_ID).toArray();
  return nodes.map((node) => ({ ...node, updatedAt: '' })).sort((a, b) => a.id.localeCompare(b.id));
}

async function storedMap() {
  const relationships = await recordsOfMap(db.relationships, MAP_ID).toArray();
  return {
    nodes: (await storedNodes()).map((node) => node.id),
    relationships: relationships.map((rel) => rel.id).sort(),
  };
}
