import { describe, expect, it } from 'vitest';
import { fileText, nodeOf, parsedFile, person, problemsOf } from './parseHelpers';

const nodes = [
  person('owner'),
  nodeOf('network', 'panel', { label: 'Panel' }),
  nodeOf('event', 'meeting'),
  nodeOf('channel', 'wiki'),
];

describe('ids', () => {
  it('refuses repeated ids in every collection', () => {
    const text = fileText({
      nodes,
      interactions: [
        { id: 'i', date: '2010-01-19', type: 'call' },
        { id: 'i', date: '2010-01-20', type: 'call' },
      ],
      actions: [
        { id: 'x', title: 'One' },
        { id: 'x', title: 'Two' },
        { id: 'x', title: 'Three' },
      ],
      messages: [
        {
          id: 'm',
          title: 'M',
          deliveries: [
            { id: 'd', viaId: 'wiki' },
            { id: 'd', viaId: 'meeting' },
          ],
        },
        { id: 'm', title: 'Again' },
      ],
    });
    expect(problemsOf(text)).toEqual([
      {
        path: 'interactions[1].id',
        message: "'i' is also the id of interactions[0]; every interaction needs its own id",
      },
      {
        path: 'actions[1].id',
        message: "'x' is also the id of actions[0]; every action needs its own id",
      },
      {
        path: 'actions[2].id',
        message: "'x' is also the id of actions[0]; every action needs its own id",
      },
      {
        path: 'messages[1].id',
        message: "'m' is also the id of messages[0]; every message needs its own id",
      },
      {
        path: 'messages[0].deliveries[1].id',
        message: "'d' is also the id of deliveries[0]; every delivery needs its own id",
      },
    ]);
  });

  it('refuses a relationship id that a node already uses, since the graph shows both', () => {
    const text = fileText({
      nodes,
      relationships: [{ id: 'panel', sourceId: 'owner', targetId: 'panel', kind: 'member-of' }],
    });
    expect(problemsOf(text)).toEqual([
      {
        path: 'relationships[0].id',
        message: "'panel' is also the id of nodes[1]; a relationship needs an id no node uses",
      },
    ]);
  });
});

describe('references', () => {
  it('names every reference to a node that is not on the map', () => {
    const text = fileText({
      nodes: [nodeOf('organisation', 'org', { assessment: { ownerId: 'ghost' } })],
      relationships: [{ id: 'r', sourceId: 'nobody', targetId: 'org', kind: 'funds' }],
      interactions: [{ id: 'i', date: '2010-01-19', type: 'call', nodeIds: ['org', 'gone'] }],
      actions: [{ id: 'x', title: 'T', ownerId: 'who', nodeIds: ['where'] }],
      messages: [
        {
          id: 'm',
          title: 'M',
          audience: { nodeIds: ['them'] },
          deliveries: [{ id: 'd', viaId: 'nowhere' }],
        },
      ],
    });
    expect(problemsOf(text)).toEqual([
      { path: 'nodes[0].assessment.ownerId', message: "'ghost' is not a node on this map" },
      { path: 'relationships[0].sourceId', message: "'nobody' is not a node on this map" },
      { path: 'interactions[0].nodeIds[1]', message: "'gone' is not a node on this map" },
      { path: 'actions[0].ownerId', message: "'who' is not a node on this map" },
      { path: 'actions[0].nodeIds[0]', message: "'where' is not a node on this map" },
      { path: 'messages[0].audience.nodeIds[0]', message: "'them' is not a node on this map" },
      { path: 'messages[0].deliveries[0].viaId', message: "'nowhere' is not a node on this map" },
    ]);
  });

  it('wants owners to be people and deliveries to be at events or through channels', () => {
    const text = fileText({
      nodes: [...nodes, nodeOf('organisation', 'org', { assessment: { ownerId: 'panel' } })],
      actions: [{ id: 'x', title: 'T', ownerId: 'meeting' }],
      messages: [
        {
          id: 'm',
          title: 'M',
          deliveries: [
            { id: 'd1', viaId: 'meeting' },
            { id: 'd2', viaId: 'wiki' },
            { id: 'd3', viaId: 'owner' },
          ],
        },
      ],
    });
    expect(problemsOf(text)).toEqual([
      {
        path: 'nodes[4].assessment.ownerId',
        message: "'panel' is the network 'Panel'; an owner must be a person",
      },
      {
        path: 'actions[0].ownerId',
        message: "'meeting' is the event 'event meeting'; an owner must be a person",
      },
      {
        path: 'messages[0].deliveries[2].viaId',
        message:
          "'owner' is the person 'Person owner'; a message is delivered at an event or through a channel",
      },
    ]);
  });

  it('accepts a person owning themselves and a relationship from a node to itself', () => {
    const text = fileText({
      nodes: [person('me', { assessment: { ownerId: 'me' } })],
      relationships: [{ id: 'r', sourceId: 'me', targetId: 'me', kind: 'influences' }],
    });
    expect(parsedFile(text).nodes[0]?.assessment.ownerId).toBe('me');
  });

  it('does not blame references for a node whose own fields are wrong', () => {
    const text = fileText({
      nodes: [person('a', { kind: 'persn' })],
      relationships: [{ id: 'r', sourceId: 'a', targetId: 'a', kind: 'influences' }],
    });
    expect(problemsOf(text).map((problem) => problem.path)).toEqual(['nodes[0].kind']);
  });
});
