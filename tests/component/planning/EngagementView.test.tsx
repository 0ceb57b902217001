// The Engagement tab: counts in the current × target matrix, and "needs attention" ordered by
// gap and then influence, with owner and last contact.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { engagementView } from '../../../renderer/features/planning/engagement/definition';
import { aBundle, aMap } from '../../factories/records';
import { anAssessed, anInteraction, aPerson } from '../../unit/planning/planningFactories';
import { renderView } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const M = 'gap-map';
const bundle = () =>
  aBundle({
    map: aMap({ id: M }),
    nodes: [
      aPerson('owner', {}, { label: 'Comms manager', mapId: M }),
      anAssessed(
        'net',
        {
          engagementCurrent: 'unaware',
          engagementTarget: 'supportive',
          influence: 8,
          ownerId: 'owner',
        },
        { label: 'Chief executives network', kind: 'network', mapId: M },
      ),
      anAssessed(
        'la',
        { engagementCurrent: 'unaware', engagementTarget: 'supportive', influence: 7 },
        { label: 'Local authorities', kind: 'network', mapId: M },
      ),
      anAssessed(
        'member',
        { engagementCurrent: 'supportive', engagementTarget: 'leading', influence: 9 },
        { label: 'Panel member', mapId: M },
      ),
      anAssessed(
        'done',
        { engagementCurrent: 'leading', engagementTarget: 'leading', influence: 9 },
        { label: 'CLG', kind: 'organisation', mapId: M },
      ),
    ],
    relationships: [],
    interactions: [anInteraction({ mapId: M, date: '2010-01-19', nodeIds: ['member'] })],
  });

describe('the engagement view', () => {
  it('lists those below target by gap then influence, with owner and last contact', async () => {
    await renderView(engagementView, bundle());
    const table = await screen.findByRole('table', { name: 'Needs attention' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Chief executives network',
      'Local authorities',
      'Panel member',
    ]);
    expect(within(rows[0]!).getByRole('button', { name: 'Comms manager' })).toBeInTheDocument();
    expect(within(rows[0]!).getByText('+3')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('No owner')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('19 Jan 2010')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Never')).toBeInTheDocument();
  });

  it('counts each pair and shows a cell’s stakeholders in the network', async () => {
    const user = userEvent.setup();
    const { probe } = await renderView(engagementView, bundle());
    const cell = await screen.findByRole('button', {
      name: '2 unaware now, target supportive (3 steps below target): show in the network',
    });
    expect(cell).toHaveTextContent('2');
    expect(
      screen.getByRole('button', { name: /^1 leading now, target leading \(on target\)/ }),
    ).toBeInTheDocument();
    await user.click(cell);
    expect(probe.scopes).toEqual([
      {
        label: 'stakeholders unaware now with target supportive',
        nodeIds: new Set(['net', 'la']),
      },
    ]);
    expect(
      screen.getByText(/1 stakeholders have no current or target engagement/),
    ).toBeInTheDocument();
  });
});
