// Planning changes against an in-memory IndexedDB: each is saved at once, undoes and redoes, and
// deleting a node leaves nothing pointing at it while its undo puts everything back.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  addActionCommand,
  addInteractionCommand,
  addMessageCommand,
  createEventCommand,
  deleteInteractionCommand,
  editActionCommand,
  editMessageCommand,
} from '../../../renderer/commands/planningCommands';
import { deleteNodesCommand } from '../../../renderer/commands/mapCommands';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { redo, undo } from '../../../renderer/state/history';
import { aBundle, aNode } from '../../factories/records';
import {
  anAction,
  anAssessed,
  anInteraction,
  aMessage,
} from '../../unit/planning/planningFactories';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(aBundle());
});

describe('planning commands', () => {
  it('logs a contact, and undo and redo take it away and back', async () => {
    const entry = await addInteractionCommand('map-1', {
      date: '2010-01-19',
      type: 'call',
      nodeIds: ['n1', 'n1', 'n2'],
      summary: 'Talked about the workshops',
    });
    expect(await db.interactions.get(['map-1', entry.id])).toMatchObject({
      type: 'call',
      nodeIds: ['n1', 'n2'],
    });
    expect(await undo('map-1')).toBe('log call');
    expect(await db.interactions.count()).toBe(0);
    await redo('map-1');
    expect(await db.interactions.count()).toBe(1);
    await deleteInteractionCommand('map-1', entry.id);
    expect(await db.interactions.count()).toBe(0);
    await undo('map-1');
    expect(await db.interactions.get(['map-1', entry.id])).toMatchObject({
      summary: entry.summary,
    });
  });

  it('marks an action done and undoes it', async () => {
    const action = await addActionCommand('map-1', {
      title: '  Send comments ',
      due: '2010-02-03',
    });
    expect(action.title).toBe('Send comments');
    await editActionCommand('map-1', action.id, { done: true }, 'mark done');
    expect((await db.actions.get(['map-1', action.id]))?.done).toBe(true);
    expect(await undo('map-1')).toBe('mark done');
    expect((await db.actions.get(['map-1', action.id]))?.done).toBe(false);
  });

  it('edits a message audience and undoes to the previous one', async () => {
    const message = await addMessageCommand('map-1', 'Making public data public');
    await editMessageCommand('map-1', message.id, {
      audience: { nodeIds: ['n1'], tags: ['panel'], kinds: [] },
    });
    expect((await db.messages.get(['map-1', message.id]))?.audience.nodeIds).toEqual(['n1']);
    await undo('map-1');
    expect((await db.messages.get(['map-1', message.id]))?.audience.nodeIds).toEqual([]);
  });

  it('creates a scheduled event as one undoable step', async () => {
    const event = await createEventCommand(
      'map-1',
      ' Workshop ',
      { start: '2010-02-10', end: null, location: '', status: 'planned' },
      { x: 10, y: 20 },
    );
    expect(await db.nodes.get(['map-1', event.id])).toMatchObject({
      kind: 'event',
      label: 'Workshop',
      event: { start: '2010-02-10', status: 'planned' },
    });
    expect(await undo('map-1')).toBe('add event Workshop');
    expect(await db.nodes.get(['map-1', event.id])).toBeUndefined();
  });
});

describe('deleting a node that planning records name', () => {
  it('clears every reference, and undo restores them exactly', async () => {
    await db.nodes.bulkPut([
      anAssessed('owned', { ownerId: 'n1' }),
      aNode({ id: 'wiki', kind: 'channel', label: 'Wiki' }),
    ]);
    await db.interactions.bulkPut([
      anInteraction({ id: 'both', nodeIds: ['n1', 'n2'] }),
      anInteraction({ id: 'alone', nodeIds: ['n1'] }),
    ]);
    await db.actions.put(anAction({ id: 'a', ownerId: 'n1', nodeIds: ['n1', 'n2'] }));
    await db.messages.put(
      aMessage({ id: 'm', audience: { nodeIds: ['n1', 'n2'], tags: [], kinds: [] } }),
    );
    const before = await Promise.all([
      db.nodes.toArray(),
      db.interactions.toArray(),
      db.actions.toArray(),
      db.messages.toArray(),
    ]);

    const removed = await deleteNodesCommand('map-1', ['n1']);
    expect(removed.nodes.map((node) => node.id)).toEqual(['n1']);
    expect(removed.interactions?.map((entry) => entry.id).sort()).toEqual(['alone', 'both']);
    expect((await db.nodes.get(['map-1', 'owned']))?.assessment.ownerId).toBeNull();
    expect(await db.interactions.get(['map-1', 'alone'])).toBeUndefined();
    expect((await db.interactions.get(['map-1', 'both']))?.nodeIds).toEqual(['n2']);
    expect(await db.actions.get(['map-1', 'a'])).toMatchObject({ ownerId: null, nodeIds: ['n2'] });
    expect((await db.messages.get(['map-1', 'm']))?.audience.nodeIds).toEqual(['n2']);

    await undo('map-1');
    const after = await Promise.all([
      db.nodes.toArray(),
      db.interactions.toArray(),
      db.actions.toArray(),
      db.messages.toArray(),
    ]);
    expect(after).toEqual(before);
  });
});
