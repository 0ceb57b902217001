// Values that cannot be right are refused at the field: the field says why (aria-invalid, and the
// message is its description, shown beside it), IndexedDB keeps the last good value, and
// correcting the value clears the message and saves it.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StakeNode } from '@shared/domain/types';
import { aBundle, aNode } from '../../factories/records';
import { renderInspector, storedNode } from './renderEditorPart';

const EMAIL_MESSAGE = 'Enter an email address like name@example.org.';
const SCORE_MESSAGE = 'Enter a whole number from 0 to 10, or leave it empty if not yet assessed.';
const LINK_MESSAGE = 'Enter a web address starting with https:// or http:// (or a mailto: link).';
const DATE_MESSAGE = 'The end is before the start.';

const inspector = () => within(screen.getByRole('complementary', { name: 'Inspector' }));
const field = (name: string) => inspector().getByLabelText(name, { exact: true });

async function renderSubject(node: Partial<StakeNode>) {
  await renderInspector(
    aBundle({ nodes: [aNode({ id: 'subject', ...node })], relationships: [] }),
    { type: 'node', id: 'subject' },
  );
}

async function stored(): Promise<StakeNode> {
  const node = await storedNode('subject');
  if (!node) throw new Error('the node is not stored');
  return node;
}

/**
 * Replaces what the field holds, staying in it. Text is typed over a selection rather than after
 * clearing: an empty field is a value that can be saved, and a slow machine might save it before
 * the first key. Date fields have no selection to type over, so those tests start with the date
 * being typed empty in IndexedDB, where clearing it first stores nothing new.
 */
async function typeInto(user: UserEvent, target: HTMLElement, text: string) {
  const input = target as HTMLInputElement;
  if (input.type === 'date') {
    await user.clear(target);
    await user.type(target, text);
  } else if (input.value === '') {
    await user.type(target, text);
  } else {
    await user.tripleClick(target);
    await user.keyboard(text);
  }
}

function expectRefused(target: HTMLElement, message: string) {
  expect(target).toHaveAttribute('aria-invalid', 'true');
  expect(target).toHaveAccessibleDescription(message);
  // Shown beside the field too, not only read out.
  expect(inspector().getByText(message)).toBeVisible();
}

function expectAccepted(target: HTMLElement) {
  expect(target).not.toHaveAttribute('aria-invalid');
  expect(target).toHaveAccessibleDescription('');
}

/**
 * Leaves the field (which saves at once anything that can be saved), then makes a good edit
 * elsewhere and waits for it: every write before it has landed too, so a refused value that was
 * going to be stored would be there by now.
 */
async function leaveAndSettle(user: UserEvent, notes: string) {
  await user.tab();
  await typeInto(user, field('Notes'), notes);
  await user.tab();
  await waitFor(async () => expect((await stored()).notes).toBe(notes));
}

const ada = {
  kind: 'person' as const,
  label: 'Ada Lovelace',
  person: {
    role: '',
    email: 'ada@example.org',
    phone: '',
    involvement: null,
    doNotContact: false,
  },
};

describe('validation at the field', () => {
  it('refuses an email that is not one, and saves it once corrected', async () => {
    const user = userEvent.setup();
    await renderSubject(ada);
    const email = field('Email');
    expectAccepted(email);

    await typeInto(user, email, 'ada at example');
    expectRefused(email, EMAIL_MESSAGE);
    await leaveAndSettle(user, 'Met at the panel.');
    expect((await stored()).person?.email).toBe('ada@example.org');

    await typeInto(user, email, 'ada.king@example.org');
    expectAccepted(email);
    expect(inspector().queryByText(EMAIL_MESSAGE)).toBeNull();
    await user.tab();
    await waitFor(async () => expect((await stored()).person?.email).toBe('ada.king@example.org'));
  });

  it('keeps what was typed beside its message after the field is left', async () => {
    const user = userEvent.setup();
    await renderSubject(ada);
    const email = field('Email');
    await typeInto(user, email, 'ada at example');
    await leaveAndSettle(user, 'Met at the panel.');
    // The message must describe what the field shows, so what was typed stays to be corrected.
    expect(email).toHaveValue('ada at example');
    expectRefused(email, EMAIL_MESSAGE);
  });

  it('refuses a phone number with no digits in it', async () => {
    const user = userEvent.setup();
    await renderSubject(ada);
    const phone = field('Phone');
    await typeInto(user, phone, 'call reception');
    expectRefused(phone, 'Enter a phone number using digits, spaces, +, ( ) and -.');
    await leaveAndSettle(user, 'No phone yet.');
    expect((await stored()).person?.phone).toBe('');
  });

  it.each(['12', '7.5', '-1', 'high'])(
    'refuses an influence of %s and keeps the last good score',
    async (score) => {
      const user = userEvent.setup();
      await renderSubject({
        kind: 'organisation',
        label: 'County Council',
        assessment: { ...aNode().assessment, influence: 7, interest: 4 },
      });
      const influence = field('Influence');
      expect(influence).toHaveValue('7');

      await typeInto(user, influence, score);
      expectRefused(influence, SCORE_MESSAGE);
      await leaveAndSettle(user, 'Scored in January.');
      expect((await stored()).assessment).toMatchObject({ influence: 7, interest: 4 });

      await typeInto(user, influence, '10');
      expectAccepted(influence);
      await user.tab();
      await waitFor(async () => expect((await stored()).assessment.influence).toBe(10));
    },
  );

  it('refuses an interest outside 0 to 10 too', async () => {
    const user = userEvent.setup();
    await renderSubject({ kind: 'organisation', label: 'County Council' });
    const interest = field('Interest');
    await typeInto(user, interest, '11');
    expectRefused(interest, SCORE_MESSAGE);
    await leaveAndSettle(user, 'Not scored.');
    expect((await stored()).assessment.interest).toBeNull();
  });

  describe('an event’s dates', () => {
    const workshop = (event: { start: string | null; end: string | null }) => ({
      kind: 'event' as const,
      label: 'Panel workshop',
      event: { ...event, location: '', status: null },
    });

    it('refuses an end before the start, and saves it once corrected', async () => {
      const user = userEvent.setup();
      await renderSubject(workshop({ start: '2010-01-28', end: null }));
      const end = field('End');
      await typeInto(user, end, '2010-01-20');
      expectRefused(end, DATE_MESSAGE);
      await leaveAndSettle(user, 'Room booked.');
      expect((await stored()).event).toMatchObject({ start: '2010-01-28', end: null });

      await typeInto(user, end, '2010-01-30');
      expectAccepted(end);
      await user.tab();
      await waitFor(async () => expect((await stored()).event?.end).toBe('2010-01-30'));
    });

    it('refuses a start after the end, at the start', async () => {
      const user = userEvent.setup();
      await renderSubject(workshop({ start: null, end: '2010-01-29' }));
      const start = field('Start');
      await typeInto(user, start, '2010-02-05');
      expectRefused(start, DATE_MESSAGE);
      await leaveAndSettle(user, 'Room booked.');
      expect((await stored()).event).toMatchObject({ start: null, end: '2010-01-29' });
    });

    it('clears the message at the start when the end is moved past it, and saves the start', async () => {
      const user = userEvent.setup();
      await renderSubject(workshop({ start: null, end: '2010-01-29' }));
      const start = field('Start');
      await typeInto(user, start, '2010-02-05');
      expectRefused(start, DATE_MESSAGE);

      await typeInto(user, field('End'), '2010-02-06');
      await user.tab();
      await waitFor(() => expectAccepted(start));
      await waitFor(async () =>
        expect((await stored()).event).toMatchObject({ start: '2010-02-05', end: '2010-02-06' }),
      );
    });
  });

  describe.each([
    { kind: 'organisation' as const, name: 'Website' },
    { kind: 'community' as const, name: 'Platform link' },
    { kind: 'channel' as const, name: 'Link' },
  ])('a $kind’s $name', ({ kind, name }) => {
    it.each(['council.example.org', 'ftp://files.example.org', 'javascript:alert(1)'])(
      'refuses %s and offers nothing to open',
      async (link) => {
        const user = userEvent.setup();
        await renderSubject({ kind, label: `The ${kind}` });
        const target = field(name);
        await typeInto(user, target, link);
        expectRefused(target, LINK_MESSAGE);
        await leaveAndSettle(user, 'Checked the link.');
        const node = await stored();
        expect(JSON.stringify(node)).not.toContain(link);
        expect(inspector().queryByRole('button', { name: /Open in browser/ })).toBeNull();

        await typeInto(user, target, 'https://data.example.org/panel');
        expectAccepted(target);
        await user.tab();
        await waitFor(async () =>
          expect(JSON.stringify(await stored())).toContain('https://data.example.org/panel'),
        );
        expect(
          await inspector().findByRole('button', {
            name: `Open in browser: ${name.toLowerCase()}`,
          }),
        ).toBeInTheDocument();
      },
    );
  });
});
