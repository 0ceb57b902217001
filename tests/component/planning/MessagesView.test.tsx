// The Messages tab: the library, audiences and deliveries, the coverage matrix derived from
// attendance, and the audience list exported as CSV through the Host.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { messagesView } from '../../../renderer/features/planning/messages/definition';
import { CSV_FILE_TYPE } from '../../../renderer/platform/fileTypes';
import { undo } from '../../../renderer/state/history';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';
import { aMessage, anEvent, aPerson } from '../../unit/planning/planningFactories';
import { renderView } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const M = 'msg-map';
const bundle = () =>
  aBundle({
    map: aMap({ id: M }),
    nodes: [
      anEvent('lis', '2010-01-28', null, { label: 'LIS meeting', mapId: M }),
      aNode({ id: 'wiki', kind: 'channel', label: 'Wiki', mapId: M }),
      aPerson(
        'ann',
        { email: 'ann@example.org', involvement: 'email' },
        { label: 'Ann', mapId: M, tags: ['panel'] },
      ),
      aPerson('bob', {}, { label: '=Bob', mapId: M, tags: ['panel'] }),
      aPerson('cat', { doNotContact: true }, { label: 'Cat', mapId: M, tags: ['panel'] }),
    ],
    relationships: [
      aRelationship({
        id: 'r1',
        mapId: M,
        sourceId: 'ann',
        targetId: 'lis',
        kind: 'attends',
        attendance: 'attended',
      }),
      aRelationship({
        id: 'r2',
        mapId: M,
        sourceId: 'bob',
        targetId: 'lis',
        kind: 'attends',
        attendance: 'invited',
      }),
    ],
    messages: [
      aMessage({
        id: 'benefits',
        mapId: M,
        title: 'Benefits of sharing',
        audience: { nodeIds: [], tags: ['panel'], kinds: [] },
      }),
    ],
  });

const matrixCell = (row: string, column: number) => {
  const table = screen.getByRole('table', { name: 'Coverage: who has heard which message' });
  const line = within(table).getByRole('rowheader', { name: row }).closest('tr');
  return line?.querySelectorAll('td')[column]?.textContent;
};

describe('the messages view', () => {
  it('counts a message delivered at an event as heard by those who attended it', async () => {
    const user = userEvent.setup();
    await renderView(messagesView, bundle());
    await screen.findByRole('table', { name: 'Coverage: who has heard which message' });
    expect(matrixCell('Ann', 0)).toBe('○not yet reached');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Deliver at an event or channel' }),
      'lis',
    );
    await user.click(screen.getByRole('button', { name: 'Add delivery' }));
    await waitFor(() => expect(matrixCell('Ann', 0)).toBe('✓heard'));
    expect(matrixCell('=Bob', 0)).toBe('○not yet reached');
    const delivery = (await db.messages.get([M, 'benefits']))?.deliveries[0];
    expect(delivery).toMatchObject({ viaId: 'lis', date: '2010-01-28' });
    expect(screen.getByRole('button', { name: /Benefits of sharing/ })).toHaveTextContent(
      'heard by 1 of 3',
    );
  });

  it('adds a message and sets its audience, each change undoable', async () => {
    const user = userEvent.setup();
    await renderView(messagesView, bundle());
    await user.type(
      await screen.findByRole('textbox', { name: 'New message title' }),
      'Shape the LDEx',
    );
    await user.click(screen.getByRole('button', { name: 'Add message' }));
    const editor = await screen.findByRole('region', { name: 'Message: Shape the LDEx' });
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Add to stakeholders' }),
      'ann',
    );
    await user.click(within(editor).getByRole('checkbox', { name: 'Organisation' }));
    await waitFor(async () => {
      const stored = (await db.messages.toArray()).find((m) => m.title === 'Shape the LDEx');
      expect(stored?.audience).toEqual({ nodeIds: ['ann'], tags: [], kinds: ['organisation'] });
    });
    await undo(M);
    const stored = (await db.messages.toArray()).find((m) => m.title === 'Shape the LDEx');
    expect(stored?.audience.kinds).toEqual([]);
  });

  it('exports the audience list as CSV, leaving out do-not-contact and defusing formulas', async () => {
    const user = userEvent.setup();
    const { host } = await renderView(messagesView, bundle());
    const editor = await screen.findByRole('region', { name: 'Message: Benefits of sharing' });
    expect(
      within(editor).getByText(/2 on the list; left out: 1 do not contact/),
    ).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Export audience list (CSV)' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    const [saved] = host.saved;
    expect(saved?.name).toBe('Benefits of sharing audience.csv');
    expect(saved?.type).toEqual(CSV_FILE_TYPE);
    const text = typeof saved?.contents === 'string' ? saved.contents : '';
    const rows = Papa.parse<string[]>(text).data;
    expect(rows.map((row) => row[0])).toEqual(['Name', "'=Bob", 'Ann']);
    expect(rows[2]?.[3]).toBe('ann@example.org');
  });
});
