import { describe, expect, it } from 'vitest';
import { readFixture } from './fixtureFiles';
import { FULL_V1_FILE } from './fullFile';
import { EXPORTED_AT, parsedFile, problemsOf } from './parseHelpers';

describe('format version 1 fixtures', () => {
  it('reads every field of every record type from the full v1 file', () => {
    expect(parsedFile(readFixture('v1-full.stakemap.json'))).toEqual(FULL_V1_FILE);
  });

  it('fills in what a hand-written v1 file leaves out', () => {
    const file = parsedFile(readFixture('v1-minimal.stakemap.json'));
    expect(file.app).toEqual({ name: '', version: '' });
    expect(file.redacted).toBe(false);
    expect(file.map).toEqual({
      id: 'map-min',
      name: 'Written by hand',
      description: '',
      createdAt: EXPORTED_AT,
      updatedAt: EXPORTED_AT,
    });
    const [someone, workshop] = file.nodes;
    expect(someone).toEqual({
      id: 'p',
      kind: 'person',
      label: 'Someone',
      description: '',
      notes: '',
      tags: [],
      position: { x: 0, y: 0 },
      assessment: {
        influence: null,
        interest: null,
        engagementCurrent: null,
        engagementTarget: null,
        sector: '',
        ownerId: null,
      },
      person: { role: '', email: '', phone: '', involvement: null, doNotContact: false },
      extra: {},
      createdAt: EXPORTED_AT,
      updatedAt: EXPORTED_AT,
    });
    expect(workshop?.event).toEqual({ start: '2010-02-10', end: null, location: '', status: null });
    expect(workshop).not.toHaveProperty('person');
    expect(file.relationships[0]).toMatchObject({
      label: '',
      directed: true,
      strength: 2,
      attendance: null,
      tags: [],
      extra: {},
    });
    expect(file.interactions).toEqual([]);
    expect(file.actions).toEqual([]);
    expect(file.messages[0]).toMatchObject({
      text: '',
      status: 'draft',
      audience: { nodeIds: [], tags: [], kinds: [] },
      deliveries: [],
    });
  });
});

describe('broken fixtures', () => {
  it('says a file that is not JSON is not JSON, and where', () => {
    const problems = problemsOf(readFixture('broken/not-json.stakemap.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    // The engine's own wording follows the position; only our part is pinned here.
    expect(problems[0]?.message).toMatch(/^This file is not valid JSON \(line 5, column 35\): ./);
  });

  it('says a JSON file of another kind is not a Stakemap file', () => {
    expect(problemsOf(readFixture('broken/wrong-format.stakemap.json'))).toEqual([
      { path: '', message: 'This is not a Stakemap file: it has no "format": "stakemap" marker.' },
    ]);
  });

  it('refuses a newer format version and says to update', () => {
    expect(problemsOf(readFixture('broken/newer-version.stakemap.json'))).toEqual([
      {
        path: '',
        message:
          'This file was written by a newer version of Stakemap (format version 3). This version ' +
          'reads format versions up to 1: update Stakemap to open it.',
      },
    ]);
  });

  it('names a relationship end that is not a node', () => {
    expect(problemsOf(readFixture('broken/missing-node-reference.stakemap.json'))).toEqual([
      { path: 'relationships[1].targetId', message: "'workshop' is not a node on this map" },
    ]);
  });

  it('names every repeated id and where it was first used', () => {
    expect(problemsOf(readFixture('broken/duplicate-ids.stakemap.json'))).toEqual([
      {
        path: 'nodes[2].id',
        message: "'a' is also the id of nodes[0]; every node needs its own id",
      },
      {
        path: 'relationships[1].id',
        message: "'r1' is also the id of relationships[0]; every relationship needs its own id",
      },
    ]);
  });

  it('names each wrongly typed field with what was expected and what was found', () => {
    expect(problemsOf(readFixture('broken/wrong-types.stakemap.json'))).toEqual([
      {
        path: 'nodes[0].kind',
        message:
          "'persn' is not a node kind; expected one of person, organisation, network, community, event, channel",
      },
      { path: 'nodes[1].label', message: 'expected text, but found 42' },
      { path: 'nodes[1].tags', message: "expected a list of text, but found 'one, two'" },
      {
        path: 'nodes[2].position.x',
        message: 'Infinity is not a usable position; expected a finite number',
      },
      {
        path: 'nodes[2].assessment.influence',
        message: '11 is out of range; expected a number from 0 to 10 (or null when not assessed)',
      },
      {
        path: 'nodes[2].assessment.interest',
        message: "expected a number from 0 to 10 (or null when not assessed), but found 'high'",
      },
      {
        path: 'nodes[2].assessment.engagementCurrent',
        message:
          "'keen' is not an engagement level; expected one of unaware, resistant, neutral, supportive, leading",
      },
      { path: 'relationships[0].directed', message: "expected true or false, but found 'yes'" },
      {
        path: 'relationships[0].strength',
        message: '5 is not a strength; expected 1, 2 or 3',
      },
      {
        path: 'actions[0].due',
        message: "'03/02/2010' is not a date; expected one such as 2010-01-28",
      },
    ]);
  });
});
