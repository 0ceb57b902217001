// The meeting pack's content, worked out from the shipped example map: who is on screen, what
// they should hear, what is still to do for them, and what a redacted pack leaves out.

import { describe, expect, it } from 'vitest';
import { bundleFromFile } from '@shared/format';
import type { MapBundle } from '@shared/domain/types';
import { meetingPackContent } from '../../../renderer/features/editor/meetingPack/meetingPackContent';
import { readExampleMap } from '../format/fixtureFiles';
import { parsedFile } from '../format/parseHelpers';

const example: MapBundle = bundleFromFile(parsedFile(readExampleMap()), {
  mapId: 'example',
  now: '2010-01-20T09:00:00.000Z',
});
const CHIEF_EXEC = 'Panel member – local authority chief executive';
const COMMS_MANAGER = 'LPDU Communications Manager';

function pack(
  visible: string[] | null,
  today = '2010-02-05',
  redacted = false,
  bundle: MapBundle = example,
) {
  return meetingPackContent(bundle, {
    visibleIds: visible ? new Set(visible) : null,
    today,
    redacted,
  });
}

describe('the meeting pack of the example map', () => {
  it('lists every stakeholder when nothing is filtered, and no events or channels', () => {
    const content = pack(null);
    const stakeholders = example.nodes.filter(
      (node) => node.kind !== 'event' && node.kind !== 'channel',
    );
    expect(content.mapName).toBe('Local Public Data Panel: engagement');
    expect([content.shownNodes, content.totalNodes]).toEqual([39, 39]);
    expect(content.stakeholders.map((row) => row.label).sort()).toEqual(
      stakeholders.map((node) => node.label).sort(),
    );
    expect(content.stakeholders.map((row) => row.label)).not.toContain('data.gov.uk');
    expect(content.stakeholders.map((row) => row.label)).not.toContain('LPDP first meeting');
  });

  it('gives each person their kind, role, employer, engagement, owner and last contact', () => {
    const row = pack(null).stakeholders.find((candidate) => candidate.label === CHIEF_EXEC);
    expect(row).toEqual({
      id: 'member-la-chief-exec',
      label: CHIEF_EXEC,
      kind: 'Person',
      role: 'Chief executive, local authority',
      organisation: 'Example borough council (illustrative)',
      engagement: 'Supportive → Leading',
      owner: COMMS_MANAGER,
      lastContact: '2010-01-19',
    });
  });

  it('reads an organisation and a never-contacted, unassessed stakeholder plainly', () => {
    const bundle: MapBundle = {
      ...example,
      nodes: example.nodes.map((node) =>
        node.id === 'developers-outside'
          ? {
              ...node,
              assessment: { ...node.assessment, engagementCurrent: null, engagementTarget: null },
            }
          : node,
      ),
    };
    const rows = pack(['clg', 'developers-outside'], '2010-02-05', false, bundle).stakeholders;
    expect(rows).toEqual([
      expect.objectContaining({
        label: 'Communities and Local Government (CLG)',
        kind: 'Organisation',
        role: '',
        organisation: '',
        engagement: 'Leading → Leading',
        owner: '',
        lastContact: '2009-12-07',
      }),
      expect.objectContaining({
        label: 'Developers outside local government',
        kind: 'Community',
        engagement: 'Not assessed',
        lastContact: null,
      }),
    ]);
  });

  it('keeps only what is shown, with the messages and open actions for those nodes', () => {
    const content = pack(['member-la-chief-exec', 'org-borough-council', 'ldex-workshops-2010-02']);
    expect([content.shownNodes, content.totalNodes]).toEqual([3, 39]);
    expect(content.stakeholders.map((row) => row.label)).toEqual([
      'Example borough council (illustrative)',
      CHIEF_EXEC,
    ]);
    // By tag (local-government, panel), by kind (organisation) and by name (the borough council).
    expect(content.messages.map((message) => [message.id, message.audience])).toEqual([
      ['msg-benefits', ['Example borough council (illustrative)', CHIEF_EXEC]],
      ['msg-services-understood', [CHIEF_EXEC]],
      ['msg-shape-ldex', ['Example borough council (illustrative)']],
    ]);
    expect(content.actions.map((action) => [action.id, action.due, action.overdue])).toEqual([
      ['act-nominate-ldex', '2010-02-01', true],
      ['act-identify-networks', '2010-02-03', true],
      ['act-comments', '2010-02-03', true],
      ['act-contact-members', null, false],
    ]);
    const nominate = content.actions[0];
    expect(nominate?.owner).toBe(COMMS_MANAGER);
    expect(nominate?.concerns).toEqual(['LDEx early-adopter workshops', CHIEF_EXEC]);
  });

  it('marks an action overdue only once its day has passed, and leaves done ones out', () => {
    const bundle: MapBundle = {
      ...example,
      actions: example.actions.map((action) =>
        action.id === 'act-comments' ? { ...action, done: true } : action,
      ),
    };
    const content = pack(['member-la-chief-exec'], '2010-02-03', false, bundle);
    expect(content.actions.map((action) => [action.id, action.overdue])).toEqual([
      ['act-nominate-ldex', true],
      ['act-identify-networks', false],
      ['act-contact-members', false],
    ]);
  });

  it('has nothing for a message or action about nodes that are not shown', () => {
    const content = pack(['data-gov-uk']);
    expect(content.stakeholders).toEqual([]);
    expect(content.messages).toEqual([]);
    expect(content.actions).toEqual([]);
  });

  it('does not count a meeting after the day of the pack as a contact', () => {
    const rows = pack(['member-la-chief-exec', 'clg'], '2010-01-18').stakeholders;
    expect(rows.map((row) => [row.label, row.lastContact])).toEqual([
      ['Communities and Local Government (CLG)', '2009-12-07'],
      [CHIEF_EXEC, null],
    ]);
  });

  it('keeps action notes in a full pack', () => {
    const notes = pack(['lpdp']).actions.find((action) => action.id === 'act-comments')?.notes;
    expect(notes).toMatch(/^Members feed back out of session/);
  });

  it('leaves out notes, the contact log and do-not-contact details when redacted', () => {
    const bundle: MapBundle = {
      ...example,
      nodes: example.nodes.map((node) =>
        node.id === 'member-civic-developer' && node.person
          ? { ...node, person: { ...node.person, doNotContact: true } }
          : node,
      ),
    };
    const content = pack(null, '2010-02-05', true, bundle);
    expect(content.redacted).toBe(true);
    expect(content.stakeholders.every((row) => row.lastContact === null)).toBe(true);
    expect(content.actions.every((action) => action.notes === '')).toBe(true);
    const developer = content.stakeholders.find((row) => row.id === 'member-civic-developer');
    expect(developer).toMatchObject({
      label: 'Panel member – civic software developer',
      role: '',
    });
    const text = JSON.stringify(content);
    for (const node of example.nodes) if (node.notes) expect(text).not.toContain(node.notes);
    for (const entry of example.interactions) expect(text).not.toContain(entry.summary);
    // Still a useful pack: the same people, messages and actions.
    expect(content.stakeholders).toHaveLength(pack(null).stakeholders.length);
    expect(content.actions).toHaveLength(pack(null).actions.length);
  });
});
