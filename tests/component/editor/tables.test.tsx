// The table view, the accessible twin of the canvas: label and kind edit in place in the nodes
// table, kind and direction in the relationships table (stored in IndexedDB); every column sorts
// both ways from a click or the keyboard and says so with aria-sort; the filter boxes narrow the
// rows; rows are added from the toolbar and deleted with the Delete key.

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '@shared/domain/nodes';
import type { Assessment, MapBundle } from '@shared/domain/types';
import { db } from '../../../renderer/data/db';
import { recordsOfMap } from '../../../renderer/data/mapRange';
import { aBundle, aNode, aRelationship } from '../../factories/records';
import {
  MAP_ID,
  renderEditor,
  renderTables,
  storedNode,
  storedRelationship,
} from './renderEditorPart';

const assessed = (changes: Partial<Assessment>): Assessment => ({
  ...emptyAssessment(),
  ...changes,
});

/**
 * Four nodes whose values differ in every column, so each sort has one right order; the
 * community has nothing assessed, tagged or owned, and such empty cells go last either way.
 */
function team(): MapBundle {
  return aBundle({
    nodes: [
      aNode({
        id: 'ann',
        kind: 'person',
        label: 'Ann Jones',
        tags: ['panel'],
        assessment: assessed({
          influence: 3,
          interest: 8,
          engagementCurrent: 'supportive',
          ownerId: 'cat',
        }),
      }),
      aNode({
        id: 'bor',
        kind: 'organisation',
        label: 'Borough Council',
        tags: ['council'],
        assessment: assessed({
          influence: 9,
          interest: 1,
          engagementCurrent: 'resistant',
          ownerId: 'ann',
        }),
      }),
      aNode({
        id: 'cat',
        kind: 'person',
        label: 'Cat Lee',
        tags: ['advisory', 'data'],
        assessment: assessed({ influence: 10, interest: 5, engagementCurrent: 'leading' }),
      }),
      // Lower case, to show the sort reads as people do rather than by character code.
      aNode({ id: 'dev', kind: 'community', label: 'developers forum' }),
    ],
    relationships: [
      aRelationship({
        id: 'works',
        sourceId: 'ann',
        targetId: 'bor',
        kind: 'works-for',
        directed: true,
        strength: 2,
      }),
      aRelationship({
        id: 'sways',
        sourceId: 'cat',
        targetId: 'bor',
        kind: 'influences',
        directed: false,
        strength: 3,
      }),
      aRelationship({
        id: 'joins',
        sourceId: 'ann',
        targetId: 'dev',
        kind: 'member-of',
        directed: true,
        strength: 1,
      }),
    ],
  });
}

const nodesTable = () => screen.getByRole('table', { name: 'Nodes' });
const relationshipsTable = () => screen.getByRole('table', { name: 'Relationships' });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

/** What a cell shows: a field's value, a list's chosen option, a tick as yes or no, or its text. */
function cellValue(cell: Element): string {
  const select = cell.querySelector('select');
  if (select) return select.selectedOptions[0]?.textContent ?? '';
  const checkbox = cell.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (checkbox) return checkbox.checked ? 'yes' : 'no';
  const input = cell.querySelector('input');
  if (input) return input.value;
  return cell.textContent ?? '';
}

function columnValues(table: HTMLElement, column: string): string[] {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((header) => header.textContent?.startsWith(column));
  expect(index).toBeGreaterThanOrEqual(0);
  return bodyRows(table).map((row) => cellValue(row.children[index]!));
}

const header = (table: HTMLElement, column: string) =>
  within(table).getByRole('columnheader', { name: column });
const sortButton = (table: HTMLElement, column: string) =>
  within(table).getByRole('button', { name: column });

function expectSortedBy(table: HTMLElement, column: string, direction: string) {
  for (const other of within(table).getAllByRole('columnheader')) {
    expect(other).toHaveAttribute(
      'aria-sort',
      other === header(table, column) ? direction : 'none',
    );
  }
}

/** Clicks the header until the column sorts the given way; it must take at most two clicks. */
async function sortBy(user: UserEvent, table: HTMLElement, column: string, direction: string) {
  for (let clicks = 0; header(table, column).getAttribute('aria-sort') !== direction; clicks++) {
    expect(clicks).toBeLessThan(2);
    await user.click(sortButton(table, column));
  }
}

const NODE_COLUMNS: Array<{ column: string; ascending: string[]; descending: string[] }> = [
  {
    column: 'Label',
    ascending: ['Ann Jones', 'Borough Council', 'Cat Lee', 'developers forum'],
    descending: ['developers forum', 'Cat Lee', 'Borough Council', 'Ann Jones'],
  },
  {
    column: 'Kind',
    ascending: ['Community', 'Organisation', 'Person', 'Person'],
    descending: ['Person', 'Person', 'Organisation', 'Community'],
  },
  {
    column: 'Tags',
    ascending: ['advisory, data', 'council', 'panel', ''],
    descending: ['panel', 'council', 'advisory, data', ''],
  },
  {
    column: 'Influence',
    // As numbers: 10 after 9.
    ascending: ['3', '9', '10', 'not assessed'],
    descending: ['10', '9', '3', 'not assessed'],
  },
  {
    column: 'Interest',
    ascending: ['1', '5', '8', 'not assessed'],
    descending: ['8', '5', '1', 'not assessed'],
  },
  {
    column: 'Engagement',
    // Along the scale from unaware to leading, not in alphabetical order.
    ascending: ['Resistant', 'Supportive', 'Leading', ''],
    descending: ['Leading', 'Supportive', 'Resistant', ''],
  },
  {
    column: 'Owner',
    ascending: ['Ann Jones', 'Cat Lee', '', ''],
    descending: ['Cat Lee', 'Ann Jones', '', ''],
  },
  {
    column: 'Relationships',
    ascending: ['1', '1', '2', '2'],
    descending: ['2', '2', '1', '1'],
  },
];

const RELATIONSHIP_COLUMNS: typeof NODE_COLUMNS = [
  {
    column: 'From',
    ascending: ['Ann Jones', 'Ann Jones', 'Cat Lee'],
    descending: ['Cat Lee', 'Ann Jones', 'Ann Jones'],
  },
  {
    column: 'Kind',
    ascending: ['influences', 'member of', 'works for'],
    descending: ['works for', 'member of', 'influences'],
  },
  {
    column: 'To',
    ascending: ['Borough Council', 'Borough Council', 'developers forum'],
    descending: ['developers forum', 'Borough Council', 'Borough Council'],
  },
  {
    column: 'Directed',
    ascending: ['no', 'yes', 'yes'],
    descending: ['yes', 'yes', 'no'],
  },
  {
    column: 'Strength',
    ascending: ['1', '2', '3'],
    descending: ['3', '2', '1'],
  },
];

describe('sorting the tables', () => {
  it('sorts the nodes by label to begin with', async () => {
    await renderTables(team());
    expectSortedBy(nodesTable(), 'Label', 'ascending');
    expect(columnValues(nodesTable(), 'Label')).toEqual(NODE_COLUMNS[0]!.ascending);
  });

  it.each(NODE_COLUMNS)(
    'sorts the nodes by $column both ways from its header, by click and by key',
    async ({ column, ascending, descending }) => {
      const user = userEvent.setup();
      await renderTables(team());
      await sortBy(user, nodesTable(), column, 'ascending');
      expectSortedBy(nodesTable(), column, 'ascending');
      expect(columnValues(nodesTable(), column)).toEqual(ascending);
      await user.click(sortButton(nodesTable(), column));
      expectSortedBy(nodesTable(), column, 'descending');
      expect(columnValues(nodesTable(), column)).toEqual(descending);

      // The header's button is a button: Enter and Space sort too.
      expect(sortButton(nodesTable(), column)).toHaveFocus();
      await user.keyboard('{Enter}');
      expectSortedBy(nodesTable(), column, 'ascending');
      expect(columnValues(nodesTable(), column)).toEqual(ascending);
      await user.keyboard(' ');
      expectSortedBy(nodesTable(), column, 'descending');
      expect(columnValues(nodesTable(), column)).toEqual(descending);
    },
  );

  it.each(RELATIONSHIP_COLUMNS)(
    'sorts the relationships by $column both ways from its header, by click and by key',
    async ({ column, ascending, descending }) => {
      const user = userEvent.setup();
      await renderTables(team());
      await sortBy(user, relationshipsTable(), column, 'ascending');
      expectSortedBy(relationshipsTable(), column, 'ascending');
      expect(columnValues(relationshipsTable(), column)).toEqual(ascending);
      await user.click(sortButton(relationshipsTable(), column));
      expectSortedBy(relationshipsTable(), column, 'descending');
      expect(columnValues(relationshipsTable(), column)).toEqual(descending);

      // The header's button is a button: Enter and Space sort too.
      expect(sortButton(relationshipsTable(), column)).toHaveFocus();
      await user.keyboard('{Enter}');
      expectSortedBy(relationshipsTable(), column, 'ascending');
      expect(columnValues(relationshipsTable(), column)).toEqual(ascending);
      await user.keyboard(' ');
      expectSortedBy(relationshipsTable(), column, 'descending');
      expect(columnValues(relationshipsTable(), column)).toEqual(descending);
    },
  );

  it('sorts from the keyboard: Tab reaches the headers, Enter and Space sort', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    await user.click(screen.getByRole('searchbox', { name: 'Filter nodes' }));
    const influence = sortButton(nodesTable(), 'Influence');
    for (let presses = 0; document.activeElement !== influence; presses++) {
      expect(presses).toBeLessThan(15);
      await user.tab();
    }
    await user.keyboard('{Enter}');
    expectSortedBy(nodesTable(), 'Influence', 'ascending');
    expect(columnValues(nodesTable(), 'Influence')).toEqual(['3', '9', '10', 'not assessed']);
    await user.keyboard(' ');
    expectSortedBy(nodesTable(), 'Influence', 'descending');
    expect(columnValues(nodesTable(), 'Influence')).toEqual(['10', '9', '3', 'not assessed']);

    act(() => sortButton(relationshipsTable(), 'Strength').focus());
    await user.keyboard('{Enter}');
    expectSortedBy(relationshipsTable(), 'Strength', 'ascending');
    await user.keyboard('{Enter}');
    expectSortedBy(relationshipsTable(), 'Strength', 'descending');
    expect(columnValues(relationshipsTable(), 'Strength')).toEqual(['3', '2', '1']);
  });
});

describe('filtering the tables', () => {
  it('narrows the nodes to those matching label, tags or notes, whatever the case', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    const filter = screen.getByRole('searchbox', { name: 'Filter nodes' });
    expect(screen.getByText('4 of 4 shown')).toBeInTheDocument();

    await user.type(filter, 'BOROUGH');
    expect(columnValues(nodesTable(), 'Label')).toEqual(['Borough Council']);
    expect(screen.getByText('1 of 4 shown')).toBeInTheDocument();

    await user.clear(filter);
    await user.type(filter, 'data');
    expect(columnValues(nodesTable(), 'Label')).toEqual(['Cat Lee']);

    await user.clear(filter);
    await user.type(filter, 'nobody by this name');
    expect(bodyRows(nodesTable())).toHaveLength(0);
    expect(screen.getByText('No nodes match.')).toBeInTheDocument();
    expect(screen.getByText('0 of 4 shown')).toBeInTheDocument();

    await user.clear(filter);
    expect(bodyRows(nodesTable())).toHaveLength(4);
  });

  it('narrows the relationships by either end or the kind', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    const filter = screen.getByRole('searchbox', { name: 'Filter relationships' });
    await user.type(filter, 'borough');
    expect(columnValues(relationshipsTable(), 'From')).toEqual(['Ann Jones', 'Cat Lee']);
    await user.type(filter, ' influences');
    expect(columnValues(relationshipsTable(), 'From')).toEqual(['Cat Lee']);
    expect(screen.getByText('1 of 3 shown')).toBeInTheDocument();
    // The nodes table keeps its own filter.
    expect(bodyRows(nodesTable())).toHaveLength(4);
  });
});

describe('editing in the tables', () => {
  it('renames a node in place, stores it, and keeps the row in label order', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    const label = within(nodesTable()).getByRole('textbox', { name: 'Label of Ann Jones' });
    await user.clear(label);
    await user.type(label, 'Zoe Jones');
    await user.tab();
    await waitFor(async () => expect((await storedNode('ann'))?.label).toBe('Zoe Jones'));
    await waitFor(() =>
      expect(columnValues(nodesTable(), 'Label')).toEqual([
        'Borough Council',
        'Cat Lee',
        'developers forum',
        'Zoe Jones',
      ]),
    );
    // Its relationships follow the new name.
    expect(columnValues(relationshipsTable(), 'From')).toContain('Zoe Jones');
  });

  it('changes a node’s kind in place and stores it', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    await user.selectOptions(
      within(nodesTable()).getByRole('combobox', { name: 'Kind of developers forum' }),
      'Network',
    );
    await waitFor(async () => expect((await storedNode('dev'))?.kind).toBe('network'));
  });

  it('changes a relationship’s kind and direction in place and stores them', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    await user.selectOptions(
      within(relationshipsTable()).getByRole('combobox', {
        name: 'Kind of Ann Jones works for Borough Council',
      }),
      'attends',
    );
    await waitFor(async () =>
      expect(await storedRelationship('works')).toMatchObject({
        kind: 'attends',
        attendance: 'invited',
      }),
    );
    await user.click(
      await within(relationshipsTable()).findByRole('checkbox', {
        name: 'Ann Jones attends Borough Council is directed',
      }),
    );
    await waitFor(async () => expect((await storedRelationship('works'))?.directed).toBe(false));
  });

  it('shares the selection with the inspector: a row picked there is edited there', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    await user.click(within(nodesTable()).getByText('council'));
    const row = bodyRows(nodesTable()).find((candidate) =>
      candidate.textContent?.includes('council'),
    );
    expect(row).toHaveAttribute('aria-selected', 'true');
    const inspector = within(screen.getByRole('complementary', { name: 'Inspector' }));
    expect(inspector.getByRole('textbox', { name: 'Label' })).toHaveValue('Borough Council');
  });
});

describe('adding and deleting from the table view', () => {
  it('deletes the selected node row with Delete, with its relationships, and keeps the focus in the table', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    const annRow = bodyRows(nodesTable())[0]!;
    await user.click(within(annRow).getByText('panel'));
    expect(annRow).toHaveFocus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(columnValues(nodesTable(), 'Label')).not.toContain('Ann Jones'));
    expect(await storedNode('ann')).toBeUndefined();
    expect(await storedRelationship('works')).toBeUndefined();
    expect(await storedRelationship('joins')).toBeUndefined();
    await waitFor(() => expect(bodyRows(relationshipsTable())).toHaveLength(1));
    await waitFor(() => expect(bodyRows(nodesTable())[0]).toHaveFocus());
  });

  it('deletes the selected relationship row with Delete', async () => {
    const user = userEvent.setup();
    await renderTables(team());
    const row = bodyRows(relationshipsTable()).find((candidate) =>
      candidate.textContent?.includes('Cat Lee'),
    )!;
    act(() => row.focus());
    expect(row).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Delete}');
    await waitFor(async () => expect(await storedRelationship('sways')).toBeUndefined());
    await waitFor(() => expect(bodyRows(relationshipsTable())).toHaveLength(2));
    expect(await recordsOfMap(db.nodes, MAP_ID).count()).toBe(4);
  });

  it('adds a node from the toolbar as a selected row, and connects it from the inspector', async () => {
    const user = userEvent.setup();
    await renderEditor(team());
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'New node kind' }), 'Event');
    await user.type(screen.getByRole('textbox', { name: 'New node label' }), 'Data workshop');
    await user.click(screen.getByRole('button', { name: 'Add node' }));

    const row = await waitFor(() => {
      const found = bodyRows(nodesTable()).find(
        (candidate) => cellValue(candidate.children[0]!) === 'Data workshop',
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(cellValue(row.children[1]!)).toBe('Event');
    await waitFor(() => expect(row).toHaveAttribute('aria-selected', 'true'));
    const stored = await recordsOfMap(db.nodes, MAP_ID).toArray();
    expect(stored.find((node) => node.label === 'Data workshop')?.kind).toBe('event');

    const inspector = within(screen.getByRole('complementary', { name: 'Inspector' }));
    await user.selectOptions(inspector.getByRole('combobox', { name: 'Connect to' }), 'Cat Lee');
    await user.selectOptions(
      inspector.getAllByRole('combobox', { name: 'Relationship kind' })[0]!,
      'organises',
    );
    await user.click(inspector.getByRole('button', { name: 'Add relationship' }));
    expect(
      await within(relationshipsTable()).findByRole('combobox', {
        name: 'Kind of Data workshop organises Cat Lee',
      }),
    ).toBeInTheDocument();
  });
});
