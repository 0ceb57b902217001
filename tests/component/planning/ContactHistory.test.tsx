// A node's contact history in the inspector: when it was last contacted, newest first.

import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { ContactHistory } from '../../../renderer/features/editor/ContactHistory';
import { aBundle, aMap } from '../../factories/records';
import { anInteraction, aPerson } from '../../unit/planning/planningFactories';
import { renderWithHost } from '../renderWithHost';
import { dayFromToday } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const M = 'history-map';
const ann = aPerson('ann', {}, { label: 'Ann', mapId: M });
const bob = aPerson('bob', {}, { label: 'Bob', mapId: M });

describe('contact history in the inspector', () => {
  it('says when the node was last contacted and lists its contacts newest first', async () => {
    await saveNewBundle(
      aBundle({
        map: aMap({ id: M }),
        nodes: [ann, bob],
        relationships: [],
        interactions: [
          anInteraction({
            id: 'a',
            mapId: M,
            date: '2010-01-19',
            nodeIds: ['ann', 'bob'],
            summary: 'Panel meeting',
          }),
          anInteraction({
            id: 'b',
            mapId: M,
            date: dayFromToday(-3),
            type: 'call',
            nodeIds: ['ann'],
          }),
          anInteraction({
            id: 'c',
            mapId: M,
            date: dayFromToday(10),
            type: 'workshop',
            nodeIds: ['ann'],
          }),
          anInteraction({ id: 'd', mapId: M, date: '2010-01-01', nodeIds: ['bob'] }),
        ],
      }),
    );
    renderWithHost(
      <ContactHistory mapId={M} node={ann} nodesById={new Map([ann, bob].map((n) => [n.id, n]))} />,
    );
    expect(await screen.findByText(/^Last contacted .* \(3 days ago\)$/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Contact history' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Workshop');
    expect(items[2]).toHaveTextContent('19 Jan 2010 · Meeting with BobPanel meeting');
  });

  it('says plainly when a node was never contacted', async () => {
    await saveNewBundle(aBundle({ map: aMap({ id: M }), nodes: [ann], relationships: [] }));
    renderWithHost(<ContactHistory mapId={M} node={ann} nodesById={new Map([[ann.id, ann]])} />);
    expect(await screen.findByText('Never contacted')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Contact history' })).not.toBeInTheDocument();
  });
});
