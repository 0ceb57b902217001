// The inspector shows the form for the selected node's kind (and for a relationship), every field
// named, and what is edited there reaches IndexedDB.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { personOf } from '@shared/domain/details';
import type { StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import { aBundle, aNode, aRelationship } from '../../factories/records';
import { undo, redo } from '../../../renderer/state/history';
import { MAP_ID, renderInspector, storedNode, storedRelationship } from './renderEditorPart';

const inspector = () => within(screen.getByRole('complementary', { name: 'Inspector' }));
const textbox = (name: string) => inspector().getByRole('textbox', { name });
const combobox = (name: string) => inspector().getByRole('combobox', { name });
const checkbox = (name: string) => inspector().getByRole('checkbox', { name });

/** Replaces a text field's contents and leaves it, which saves at once. */
async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
  await user.tab();
}

/** Waits until the stored node satisfies the check. */
async function expectStored(id: string, check: (node: StakeNode) => void) {
  await waitFor(async () => {
    const node = await storedNode(id);
    expect(node).toBeDefined();
    check(node!);
  });
}

function renderNode(kind: NodeKind, overrides: Partial<StakeNode> = {}) {
  const node = aNode({ id: 'subject', kind, label: `The ${kind}`, ...overrides });
  return renderInspector(
    aBundle({
      nodes: [
        node,
        aNode({ id: 'ann', kind: 'person', label: 'Ann Owner' }),
        aNode({ id: 'bob', kind: 'person', label: 'Bob Owner' }),
        aNode({ id: 'council', kind: 'organisation', label: 'County Council' }),
      ],
      relationships: [],
    }),
    { type: 'node', id: 'subject' },
  );
}

const KIND_GROUPS: Record<NodeKind, { legend: string | null; fields: string[] }> = {
  person: {
    legend: 'Person',
    fields: ['Role', 'Email', 'Phone', 'Preferred involvement', 'Do not contact'],
  },
  organisation: { legend: 'Organisation', fields: ['Organisation type', 'Website'] },
  network: { legend: null, fields: [] },
  community: { legend: 'Community', fields: ['Scope', 'Platform link'] },
  event: { legend: 'Event', fields: ['Start', 'End', 'Location', 'Status'] },
  channel: { legend: 'Channel', fields: ['Channel type', 'Link'] },
};
const ALL_LEGENDS = ['Person', 'Organisation', 'Community', 'Event', 'Channel'];

describe('the inspector for each kind of node', () => {
  it.each(Object.entries(KIND_GROUPS))(
    'shows the %s form: the fields of its kind, each named, and no other kind’s',
    async (kind, { legend, fields }) => {
      await renderNode(kind as NodeKind);
      expect(inspector().getByRole('heading', { level: 2 })).toHaveTextContent(
        new RegExp(`^${kind}$`, 'i'),
      );
      for (const common of ['Label', 'Description', 'Tags', 'Notes']) {
        expect(textbox(common)).toBeInTheDocument();
      }
      expect(combobox('Kind')).toHaveValue(kind);
      if (legend) {
        const group = inspector().getByRole('group', { name: legend });
        for (const name of fields) {
          expect(within(group).getByLabelText(name, { exact: true })).toBeInTheDocument();
        }
      }
      for (const other of ALL_LEGENDS.filter((name) => name !== legend)) {
        expect(inspector().queryByRole('group', { name: other })).toBeNull();
      }
      expect(inspector().getByRole('group', { name: 'Assessment' })).toBeInTheDocument();
    },
  );

  it('stores a person’s role, email, phone, involvement and do-not-contact flag', async () => {
    const user = userEvent.setup();
    await renderNode('person');
    await retype(user, textbox('Role'), 'Head of information');
    await retype(user, textbox('Email'), 'jane@example.org');
    await retype(user, textbox('Phone'), '+44 20 7946 0000');
    await user.selectOptions(combobox('Preferred involvement'), 'Workshop');
    await user.click(checkbox('Do not contact'));
    await expectStored('subject', (node) =>
      expect(node.person).toEqual({
        role: 'Head of information',
        email: 'jane@example.org',
        phone: '+44 20 7946 0000',
        involvement: 'workshop',
        doNotContact: true,
      }),
    );
    await waitFor(() => expect(checkbox('Do not contact')).toBeChecked());
  });

  it('stores an organisation’s type and website, and opens the website outside the app', async () => {
    const user = userEvent.setup();
    const { host } = await renderNode('organisation');
    const openExternal = vi.spyOn(host, 'openExternal');
    expect(inspector().queryByRole('button', { name: /Open in browser/ })).toBeNull();
    await user.selectOptions(combobox('Organisation type'), 'Local authority');
    await retype(user, textbox('Website'), 'https://council.example.org');
    await expectStored('subject', (node) =>
      expect(node.organisation).toEqual({
        type: 'local-authority',
        website: 'https://council.example.org',
      }),
    );
    await user.click(await inspector().findByRole('button', { name: 'Open in browser: website' }));
    expect(openExternal).toHaveBeenCalledWith('https://council.example.org');
  });

  it('stores a community’s scope and platform link', async () => {
    const user = userEvent.setup();
    await renderNode('community');
    await user.selectOptions(combobox('Scope'), 'Between local government bodies');
    await retype(user, textbox('Platform link'), 'https://forum.example.org/lgdata');
    await expectStored('subject', (node) =>
      expect(node.community).toEqual({
        scope: 'between',
        platformLink: 'https://forum.example.org/lgdata',
      }),
    );
  });

  it('stores an event’s start, end, location and status', async () => {
    const user = userEvent.setup();
    await renderNode('event');
    await retype(user, inspector().getByLabelText('Start', { exact: true }), '2010-01-28');
    await expectStored('subject', (node) => expect(node.event?.start).toBe('2010-01-28'));
    await retype(user, inspector().getByLabelText('End', { exact: true }), '2010-01-29');
    await retype(user, textbox('Location'), 'Eland House, London');
    await user.selectOptions(combobox('Status'), 'Confirmed');
    await expectStored('subject', (node) =>
      expect(node.event).toEqual({
        start: '2010-01-28',
        end: '2010-01-29',
        location: 'Eland House, London',
        status: 'confirmed',
      }),
    );
  });

  it('stores a channel’s type and link', async () => {
    const user = userEvent.setup();
    await renderNode('channel');
    await user.selectOptions(combobox('Channel type'), 'Mailing list');
    await retype(user, textbox('Link'), 'mailto:panel@example.org');
    await expectStored('subject', (node) =>
      expect(node.channel).toEqual({ type: 'mailing-list', link: 'mailto:panel@example.org' }),
    );
  });

  it('stores the label, description, tags and notes every kind has', async () => {
    const user = userEvent.setup();
    await renderNode('network');
    await retype(user, textbox('Label'), 'Local Public Data Panel');
    await retype(user, textbox('Description'), 'Advises on releasing local data.');
    await retype(user, textbox('Tags'), 'panel, data , advisory');
    await retype(user, textbox('Notes'), 'Meets monthly.');
    await expectStored('subject', (node) =>
      expect(node).toMatchObject({
        label: 'Local Public Data Panel',
        description: 'Advises on releasing local data.',
        tags: ['panel', 'data', 'advisory'],
        notes: 'Meets monthly.',
      }),
    );
  });

  it('changes the kind, and the form follows it', async () => {
    const user = userEvent.setup();
    await renderNode('person');
    await user.selectOptions(combobox('Kind'), 'Event');
    await expectStored('subject', (node) => expect(node.kind).toBe('event'));
    expect(await inspector().findByRole('group', { name: 'Event' })).toBeInTheDocument();
    expect(inspector().queryByRole('group', { name: 'Person' })).toBeNull();
  });
});

describe('quick successive edits to one group of fields', () => {
  // Regression: each edit wrote its whole group (the person's details, the assessment) from the
  // copy on screen, so a second edit made before the first came back from IndexedDB undid it.
  it('keeps a role typed just before do-not-contact is ticked', async () => {
    const user = userEvent.setup();
    await renderNode('person');
    // Pasted, so the role is one edit to undo however slowly the machine types.
    await user.click(textbox('Role'));
    await user.paste('Head of information');
    await user.click(checkbox('Do not contact'));
    await expectStored('subject', (node) =>
      expect(node.person).toMatchObject({ role: 'Head of information', doNotContact: true }),
    );

    // Each is still its own step to undo and redo.
    await undo(MAP_ID);
    expect((await storedNode('subject'))?.person).toMatchObject({
      role: 'Head of information',
      doNotContact: false,
    });
    await undo(MAP_ID);
    expect(personOf((await storedNode('subject'))!)).toMatchObject({
      role: '',
      doNotContact: false,
    });
    await redo(MAP_ID);
    await redo(MAP_ID);
    expect((await storedNode('subject'))?.person).toMatchObject({
      role: 'Head of information',
      doNotContact: true,
    });
  });

  it('keeps an influence typed just before the engagement is chosen', async () => {
    const user = userEvent.setup();
    await renderNode('organisation');
    await user.type(textbox('Influence'), '9');
    await user.selectOptions(combobox('Current engagement'), 'Supportive');
    await user.selectOptions(combobox('Target engagement'), 'Leading');
    await expectStored('subject', (node) =>
      expect(node.assessment).toMatchObject({
        influence: 9,
        engagementCurrent: 'supportive',
        engagementTarget: 'leading',
      }),
    );
  });
});

describe('the assessment', () => {
  it('stores influence and interest, and says when neither is assessed', async () => {
    const user = userEvent.setup();
    await renderNode('organisation');
    expect(inspector().getByText('Not yet assessed.')).toBeInTheDocument();
    await retype(user, textbox('Influence'), '8');
    await retype(user, textbox('Interest'), '3');
    await expectStored('subject', (node) =>
      expect(node.assessment).toMatchObject({ influence: 8, interest: 3 }),
    );
    await waitFor(() => expect(inspector().queryByText('Not yet assessed.')).toBeNull());

    // Emptying both puts the node back to "not yet assessed", not to a score of 0.
    await retype(user, textbox('Influence'), '');
    await retype(user, textbox('Interest'), '');
    await expectStored('subject', (node) =>
      expect(node.assessment).toMatchObject({ influence: null, interest: null }),
    );
    expect(await inspector().findByText('Not yet assessed.')).toBeInTheDocument();
  });

  it('stores current and target engagement and the sector', async () => {
    const user = userEvent.setup();
    await renderNode('organisation');
    await user.selectOptions(combobox('Current engagement'), 'Neutral');
    await user.selectOptions(combobox('Target engagement'), 'Leading');
    await retype(user, textbox('Sector'), '  Local government ');
    await expectStored('subject', (node) =>
      expect(node.assessment).toMatchObject({
        engagementCurrent: 'neutral',
        engagementTarget: 'leading',
        sector: 'Local government',
      }),
    );
    await user.selectOptions(combobox('Current engagement'), 'Not known');
    await expectStored('subject', (node) => expect(node.assessment.engagementCurrent).toBeNull());
  });

  it('offers only the other people on the map as owner, and stores the choice', async () => {
    const user = userEvent.setup();
    await renderNode('person', { label: 'Jane Subject' });
    const owner = combobox('Owner');
    const choices = within(owner)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(choices).toEqual(['No owner', 'Ann Owner', 'Bob Owner']);
    await user.selectOptions(owner, 'Bob Owner');
    await expectStored('subject', (node) => expect(node.assessment.ownerId).toBe('bob'));
    await user.selectOptions(owner, 'No owner');
    await expectStored('subject', (node) => expect(node.assessment.ownerId).toBeNull());
  });
});

describe('the inspector for a relationship', () => {
  function renderRelationship() {
    return renderInspector(
      aBundle({
        nodes: [
          aNode({ id: 'jane', kind: 'person', label: 'Jane Smith' }),
          aNode({ id: 'workshop', kind: 'event', label: 'Data workshop' }),
        ],
        relationships: [
          aRelationship({ id: 'rel', sourceId: 'jane', targetId: 'workshop', kind: 'speaks-at' }),
        ],
      }),
      { type: 'relationship', id: 'rel' },
    );
  }

  it('names every field and shows both ends', async () => {
    await renderRelationship();
    expect(inspector().getByRole('heading', { level: 2 })).toHaveTextContent('Relationship');
    expect(inspector().getByText('Jane Smith → Data workshop')).toBeInTheDocument();
    expect(combobox('Relationship kind')).toHaveValue('speaks-at');
    for (const name of ['Label', 'Description', 'Tags', 'Notes']) {
      expect(textbox(name)).toBeInTheDocument();
    }
    expect(combobox('Strength')).toBeInTheDocument();
    expect(checkbox('Directed')).toBeChecked();
    // Attendance belongs to "attends" only.
    expect(inspector().queryByRole('combobox', { name: 'Attendance' })).toBeNull();
  });

  it('stores kind, attendance, direction, strength, a custom label and notes', async () => {
    const user = userEvent.setup();
    await renderRelationship();
    await user.selectOptions(combobox('Relationship kind'), 'attends');
    await expectRelationship((rel) =>
      expect(rel).toMatchObject({ kind: 'attends', attendance: 'invited' }),
    );
    await user.selectOptions(await inspector().findByRole('combobox', { name: 'Attendance' }), [
      'confirmed',
    ]);
    await user.click(checkbox('Directed'));
    await user.selectOptions(combobox('Strength'), '3 – strong');
    await retype(user, textbox('Label'), 'keynote at');
    await retype(user, textbox('Notes'), 'Opening session.');
    await expectRelationship((rel) =>
      expect(rel).toMatchObject({
        kind: 'attends',
        attendance: 'confirmed',
        directed: false,
        strength: 3,
        label: 'keynote at',
        notes: 'Opening session.',
      }),
    );
    expect(await inspector().findByText('Jane Smith — Data workshop')).toBeInTheDocument();

    // Another kind has no attendance, in the form or in the record.
    await user.selectOptions(combobox('Relationship kind'), 'organises');
    await expectRelationship((rel) =>
      expect(rel).toMatchObject({ kind: 'organises', attendance: null }),
    );
    await waitFor(() =>
      expect(inspector().queryByRole('combobox', { name: 'Attendance' })).toBeNull(),
    );
  });

  it('jumps to either end', async () => {
    const user = userEvent.setup();
    await renderRelationship();
    await user.click(inspector().getByRole('button', { name: 'Select target' }));
    expect(textbox('Label')).toHaveValue('Data workshop');
    await user.click(inspector().getByRole('button', { name: 'speaks at ← Jane Smith' }));
    await user.click(inspector().getByRole('button', { name: 'Select source' }));
    expect(textbox('Label')).toHaveValue('Jane Smith');
  });
});

async function expectRelationship(
  check: (rel: NonNullable<Awaited<ReturnType<typeof storedRelationship>>>) => void,
) {
  await waitFor(async () => {
    const rel = await storedRelationship('rel');
    expect(rel).toBeDefined();
    check(rel!);
  });
}
