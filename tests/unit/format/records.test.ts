import { describe, expect, it } from 'vitest';
import { fileText, nodeOf, parsedFile, person, problemsOf } from './parseHelpers';

function nodeProblems(node: unknown) {
  return problemsOf(fileText({ nodes: [node] }));
}

describe('node fields', () => {
  it('requires an id, a kind and a label', () => {
    expect(nodeProblems({})).toEqual([
      { path: 'nodes[0].id', message: 'missing; expected an id (text)' },
      {
        path: 'nodes[0].kind',
        message:
          'missing; expected a node kind (one of person, organisation, network, community, event, channel)',
      },
      { path: 'nodes[0].label', message: 'missing; expected text' },
    ]);
  });

  it('refuses an empty id', () => {
    expect(nodeProblems(person(''))).toEqual([
      { path: 'nodes[0].id', message: 'an id cannot be empty' },
    ]);
  });

  it('says a record that is not an object is not a node', () => {
    expect(nodeProblems('Jane')).toEqual([
      { path: 'nodes[0]', message: "expected a node (an object), but found 'Jane'" },
    ]);
  });

  it.each([
    [{ influence: -1 }, 'influence', '-1 is out of range'],
    [{ influence: 10.5 }, 'influence', '10.5 is out of range'],
    [{ interest: 11 }, 'interest', '11 is out of range'],
  ])('refuses the score in %j', (assessment, field, start) => {
    expect(nodeProblems(person('a', { assessment }))).toEqual([
      {
        path: `nodes[0].assessment.${field}`,
        message: `${start}; expected a number from 0 to 10 (or null when not assessed)`,
      },
    ]);
  });

  it('accepts scores at both ends of the range, fractions, and null', () => {
    const assessment = { influence: 0, interest: 10 };
    expect(
      parsedFile(fileText({ nodes: [person('a', { assessment })] })).nodes[0]?.assessment,
    ).toMatchObject({ influence: 0, interest: 10 });
    const unassessed = { influence: null, interest: 7.5 };
    expect(
      parsedFile(fileText({ nodes: [person('a', { assessment: unassessed })] })).nodes[0]
        ?.assessment,
    ).toMatchObject(unassessed);
  });

  it('refuses a position that is not two finite numbers', () => {
    const text = fileText({ nodes: [person('a', { position: { x: 0, y: 0 } })] }).replace(
      '"y":0',
      '"y":-1e999',
    );
    expect(problemsOf(text)).toEqual([
      {
        path: 'nodes[0].position.y',
        message: '-Infinity is not a usable position; expected a finite number',
      },
    ]);
    expect(nodeProblems(person('a', { position: [1, 2] }))).toEqual([
      { path: 'nodes[0].position', message: 'expected a position (an object), but found a list' },
    ]);
  });

  it('checks each kind’s details', () => {
    const node = person('a', {
      person: { involvement: 'carrier pigeon', doNotContact: 'yes' },
      organisation: { type: 'council' },
      community: { scope: 'inside' },
      event: { start: '2010-02-30', status: 'done' },
      channel: { type: 'fax', link: 7 },
    });
    expect(nodeProblems(node)).toEqual([
      {
        path: 'nodes[0].person.involvement',
        message:
          "'carrier pigeon' is not an involvement preference; expected one of workshop, email, meeting, event, none",
      },
      { path: 'nodes[0].person.doNotContact', message: "expected true or false, but found 'yes'" },
      {
        path: 'nodes[0].organisation.type',
        message:
          "'council' is not an organisation type; expected one of local-authority, central-government, agency, private, third-sector, academic, media",
      },
      {
        path: 'nodes[0].community.scope',
        message: "'inside' is not a community scope; expected one of within, between, outside",
      },
      {
        path: 'nodes[0].event.start',
        message: "'2010-02-30' is not a date; expected one such as 2010-01-28",
      },
      {
        path: 'nodes[0].event.status',
        message:
          "'done' is not an event status; expected one of idea, planned, confirmed, held, cancelled",
      },
      {
        path: 'nodes[0].channel.type',
        message:
          "'fax' is not a channel type; expected one of wiki, forum, blog, document-library, mailing-list, social, website",
      },
      { path: 'nodes[0].channel.link', message: 'expected text, but found 7' },
    ]);
  });

  it('quotes odd field names in paths and shortens long values', () => {
    const long = 'x'.repeat(60);
    expect(nodeProblems(person('a', { extra: { 'Column A': 3 }, tags: [long] }))).toEqual([
      { path: 'nodes[0].extra["Column A"]', message: 'expected text, but found 3' },
    ]);
    expect(nodeProblems(person('a', { kind: long }))).toEqual([
      {
        path: 'nodes[0].kind',
        message: `'${'x'.repeat(40)}…' is not a node kind; expected one of person, organisation, network, community, event, channel`,
      },
    ]);
  });

  it('keeps text as text, markup and all', () => {
    const label = '<img src=x onerror=alert(1)> & "quotes" \u0000 😀';
    expect(parsedFile(fileText({ nodes: [person('a', { label })] })).nodes[0]?.label).toBe(label);
  });
});

describe('dates', () => {
  it.each([
    '2010-01-28',
    '2010-01-28T10:00',
    '2010-01-28T10:00:00Z',
    '2012-02-29T23:59:59.5+01:00',
  ])('accepts %s as a date', (date) => {
    expect(
      parsedFile(fileText({ actions: [{ id: 'x', title: 'T', due: date }] })).actions[0]?.due,
    ).toBe(date);
  });

  it.each(['28/01/2010', '2010-13-01', '2011-02-29', '2010-01-28T24:00', '2010-1-28', ''])(
    'refuses %j as a date',
    (due) => {
      expect(problemsOf(fileText({ actions: [{ id: 'x', title: 'T', due }] }))).toEqual([
        {
          path: 'actions[0].due',
          message: `${JSON.stringify(due).replace(/"/g, "'")} is not a date; expected one such as 2010-01-28`,
        },
      ]);
    },
  );

  it('wants a time and zone on timestamps', () => {
    expect(nodeProblems(person('a', { createdAt: '2010-01-28' }))).toEqual([
      {
        path: 'nodes[0].createdAt',
        message:
          "'2010-01-28' is not a date and time; expected one such as 2010-01-19T10:00:00.000Z",
      },
    ]);
  });
});

describe('relationship, interaction, action and message fields', () => {
  const nodes = [person('a'), nodeOf('event', 'e')];

  it('names each wrong field', () => {
    const text = fileText({
      nodes,
      relationships: [{ id: 'r', sourceId: 'a', targetId: 'e', kind: '', attendance: 'maybe' }],
      interactions: [{ id: 'i', date: '2010-01-19', type: 'lunch', nodeIds: 'a' }],
      actions: [{ id: 'x', title: 'T', done: 1, ownerId: 5 }],
      messages: [
        {
          id: 'm',
          title: 'M',
          status: 'final',
          audience: { kinds: ['people'] },
          deliveries: [{ id: 'd', viaId: 'e', date: 'soon' }],
        },
      ],
    });
    expect(problemsOf(text)).toEqual([
      { path: 'relationships[0].kind', message: 'a relationship kind cannot be empty' },
      {
        path: 'relationships[0].attendance',
        message:
          "'maybe' is not an attendance status; expected one of invited, confirmed, attended, declined",
      },
      {
        path: 'interactions[0].type',
        message:
          "'lunch' is not an interaction type; expected one of meeting, email, call, workshop, event, other",
      },
      { path: 'interactions[0].nodeIds', message: "expected a list of ids, but found 'a'" },
      { path: 'actions[0].ownerId', message: 'expected an id (text), but found 5' },
      { path: 'actions[0].done', message: 'expected true or false, but found 1' },
      {
        path: 'messages[0].status',
        message: "'final' is not a message status; expected one of draft, agreed",
      },
      {
        path: 'messages[0].audience.kinds[0]',
        message:
          "'people' is not a node kind; expected one of person, organisation, network, community, event, channel",
      },
      {
        path: 'messages[0].deliveries[0].date',
        message: "'soon' is not a date; expected one such as 2010-01-28",
      },
    ]);
  });

  it('accepts a custom relationship kind', () => {
    const text = fileText({
      nodes,
      relationships: [{ id: 'r', sourceId: 'a', targetId: 'e', kind: 'chairs' }],
    });
    expect(parsedFile(text).relationships[0]?.kind).toBe('chairs');
  });

  it('requires an interaction date and a title for actions and messages', () => {
    const text = fileText({
      interactions: [{ id: 'i', type: 'call' }],
      actions: [{ id: 'x' }],
      messages: [{ id: 'm' }],
    });
    expect(problemsOf(text)).toEqual([
      { path: 'interactions[0].date', message: 'missing; expected a date such as 2010-01-28' },
      { path: 'actions[0].title', message: 'missing; expected text' },
      { path: 'messages[0].title', message: 'missing; expected text' },
    ]);
  });
});
