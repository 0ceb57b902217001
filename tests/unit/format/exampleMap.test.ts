import { describe, expect, it } from 'vitest';
import type { FileNode } from '@shared/format';
import { readExampleMap } from './fixtureFiles';
import { parsedFile } from './parseHelpers';

const file = parsedFile(readExampleMap());

function node(label: string): FileNode {
  const found = file.nodes.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`the example map has no node labelled "${label}"`);
  return found;
}

function related(sourceLabel: string, kind: string, targetLabel: string) {
  const sourceId = node(sourceLabel).id;
  const targetId = node(targetLabel).id;
  return file.relationships.find(
    (rel) => rel.sourceId === sourceId && rel.kind === kind && rel.targetId === targetId,
  );
}

describe('the shipped example map', () => {
  it('is a valid version 1 file named after the panel', () => {
    expect(file.version).toBe(1);
    expect(file.map.name).toBe('Local Public Data Panel: engagement');
  });

  it('is a map of a useful size, laid out within 1400 × 900', () => {
    expect(file.nodes.length).toBeGreaterThanOrEqual(35);
    expect(file.nodes.length).toBeLessThanOrEqual(45);
    expect(file.relationships.length).toBeGreaterThanOrEqual(40);
    expect(file.relationships.length).toBeLessThanOrEqual(60);
    for (const { position } of file.nodes) {
      expect(position.x).toBeGreaterThanOrEqual(0);
      expect(position.x).toBeLessThanOrEqual(1400);
      expect(position.y).toBeGreaterThanOrEqual(0);
      expect(position.y).toBeLessThanOrEqual(900);
    }
  });

  it('has the unit, the department and the panel', () => {
    expect(node('Local Public Data Unit (LPDU)').organisation?.type).toBe('central-government');
    expect(node('Communities and Local Government (CLG)').organisation?.type).toBe(
      'central-government',
    );
    expect(node('Local Public Data Panel (LPDP)').kind).toBe('network');
    expect(node('Cabinet Office').organisation?.type).toBe('central-government');
    expect(node('data.gov.uk').channel).toEqual({
      type: 'website',
      link: 'http://www.data.gov.uk',
    });
  });

  it('labels panel members by role, as the paper names none', () => {
    const members = file.nodes.filter(
      (candidate) => candidate.kind === 'person' && candidate.label.startsWith('Panel member – '),
    );
    expect(members.length).toBeGreaterThanOrEqual(3);
    for (const member of members) {
      expect(member.tags).toContain('illustrative');
      expect(related(member.label, 'member-of', 'Local Public Data Panel (LPDP)')).toBeDefined();
    }
  });

  it('has the 28 January LIS network meeting with its keynote speaker', () => {
    const meeting = node('LIS network meeting: Making Public Data Public');
    expect(meeting.event?.start).toBe('2010-01-28');
    expect(['held', 'confirmed']).toContain(meeting.event?.status);
    expect(
      related(
        'Professor Nigel Shadbolt',
        'speaks-at',
        'LIS network meeting: Making Public Data Public',
      ),
    ).toBeDefined();
    expect(
      related(
        'Local Information Systems (LIS) network',
        'organises',
        'LIS network meeting: Making Public Data Public',
      ),
    ).toBeDefined();
  });

  it('has the planned February LDEx workshops and the early adopters', () => {
    const workshops = node('LDEx early-adopter workshops');
    expect(workshops.event).toMatchObject({ status: 'planned' });
    expect(workshops.event?.start?.startsWith('2010-02')).toBe(true);
    expect(
      related('LDEx early adopter organisations', 'attends', 'LDEx early-adopter workshops')
        ?.attendance,
    ).toBe('invited');
  });

  it('has developer communities within, between and outside local government', () => {
    const scopes = file.nodes
      .filter((candidate) => candidate.kind === 'community')
      .map((community) => community.community?.scope);
    expect(scopes).toEqual(expect.arrayContaining(['within', 'between', 'outside']));
  });

  it('has the recommended IDEA Communities of Practice and the channels under consideration', () => {
    expect(node('IDEA Communities of Practice').channel).toEqual({
      type: 'forum',
      link: 'http://www.communities.idea.gov.uk',
    });
    const types = file.nodes.flatMap((candidate) =>
      candidate.channel?.type ? [candidate.channel.type] : [],
    );
    expect(types).toEqual(expect.arrayContaining(['wiki', 'forum', 'blog', 'document-library']));
  });

  it('gives stakeholders an owner: the Communications Manager', () => {
    const manager = node('LPDU Communications Manager');
    expect(manager.kind).toBe('person');
    const owned = file.nodes.filter((candidate) => candidate.assessment.ownerId === manager.id);
    expect(owned.length).toBeGreaterThan(20);
  });

  it('logs the first panel meeting and carries the actions from the paper', () => {
    expect(file.interactions.find((entry) => entry.date === '2010-01-19')?.type).toBe('meeting');
    const comments = file.actions.find((entry) => entry.title.startsWith('Send comments'));
    expect(comments?.due).toBe('2010-02-03');
    const titles = file.actions.map((entry) => entry.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Draft comprehensive communications strategy',
        'Contact members out of session about engagement activities',
        'Present communications strategy at next LPDP meeting',
      ]),
    );
  });

  it('has key messages delivered at events and through channels', () => {
    const titles = file.messages.map((entry) => entry.title);
    expect(titles).toEqual(
      expect.arrayContaining(['The benefits of local data sharing', 'Making public data public']),
    );
    expect(file.messages.every((entry) => entry.deliveries.length > 0)).toBe(true);
  });
});
