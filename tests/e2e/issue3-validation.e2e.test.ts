// Values that cannot be right are refused at the field: an email that is not one, an influence of
// 12, an end before the start. Each field says why (aria-invalid, and the message is its
// description), and IndexedDB keeps the last good value.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addNode, createMap, editInspectorField, inspector, inspectorField } from './support/app';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { storedNode } from './support/editor';
import { eventually } from './support/wait';

/** The text of the elements that describe a field (its aria-describedby), in order. */
function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Types into a field without leaving it. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
}

async function expectRefused(field: Locator, message: string): Promise<void> {
  await eventually(() => field.getAttribute('aria-invalid')).toBe('true');
  expect(await description(field)).toContain(message);
}

/**
 * Makes a good edit elsewhere and waits for it to be stored: every write before it has landed
 * too, so a value that was going to be saved would be there by now.
 */
async function settle(page: Page, read: () => Promise<string>, text: string): Promise<void> {
  await editInspectorField(page, 'Notes', text);
  await eventually(read).toBe(text);
}

describe.skipIf(withoutChromium)('validation at the field', () => {
  const session = useAppSession();

  test('an email that is not one and an influence of 12 are refused', async () => {
    const { page } = session();
    const mapId = await createMap(page, 'Validation');
    await addNode(page, 'Person', 'Ada Lovelace');
    const ada = () => storedNode(page, mapId, 'Ada Lovelace');
    const notes = async () => (await ada()).notes;

    const email = inspectorField(page, 'Email');
    await editInspectorField(page, 'Email', 'ada@example.org');
    await eventually(async () => (await ada()).person?.email).toBe('ada@example.org');
    expect(await email.getAttribute('aria-invalid')).toBeNull();

    await typeInto(email, 'ada at example');
    await expectRefused(email, 'Enter an email address like name@example.org.');
    // The message is shown beside the field, not only announced.
    expect(
      await inspector(page).getByText('Enter an email address like name@example.org.').isVisible(),
    ).toBe(true);
    await email.press('Tab');
    await settle(page, notes, 'Met at the panel.');
    expect((await ada()).person?.email).toBe('ada@example.org');
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    // Fixing it saves it, and the message goes.
    await editInspectorField(page, 'Email', 'ada.king@example.org');
    await eventually(async () => (await ada()).person?.email).toBe('ada.king@example.org');
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    expect(await description(email)).toBe('');

    const influence = inspectorField(page, 'Influence');
    await editInspectorField(page, 'Influence', '7');
    await eventually(async () => (await ada()).assessment.influence).toBe(7);
    await typeInto(influence, '12');
    await expectRefused(
      influence,
      'Enter a whole number from 0 to 10, or leave it empty if not yet assessed.',
    );
    await influence.press('Tab');
    await settle(page, notes, 'Met at the panel twice.');
    expect((await ada()).assessment.influence).toBe(7);

    // Not a whole number either.
    await typeInto(influence, '7.5');
    await expectRefused(influence, 'Enter a whole number from 0 to 10');
    await influence.press('Tab');
    await settle(page, notes, 'Met at the panel three times.');
    expect((await ada()).assessment.influence).toBe(7);
  });

  test('an event that ends before it starts is refused, at either date', async () => {
    const { page } = session();
    const mapId = await createMap(page, 'Validation');
    await addNode(page, 'Event', 'Panel workshop');
    const workshop = () => storedNode(page, mapId, 'Panel workshop');
    const notes = async () => (await workshop()).notes;
    const start = inspector(page).getByLabel('Start', { exact: true });
    const end = inspector(page).getByLabel('End', { exact: true });

    await start.fill('2010-01-28');
    await start.press('Tab');
    await eventually(async () => (await workshop()).event?.start).toBe('2010-01-28');
    await end.fill('2010-01-29');
    await end.press('Tab');
    await eventually(async () => (await workshop()).event?.end).toBe('2010-01-29');

    await end.fill('2010-01-20');
    await expectRefused(end, 'The end is before the start.');
    await end.press('Tab');
    await settle(page, notes, 'Room booked.');
    expect((await workshop()).event).toMatchObject({ start: '2010-01-28', end: '2010-01-29' });

    // A start after the stored end is refused at the start.
    await end.fill('2010-01-30');
    await end.press('Tab');
    await eventually(async () => (await workshop()).event?.end).toBe('2010-01-30');
    expect(await end.getAttribute('aria-invalid')).toBeNull();
    await start.fill('2010-02-05');
    await expectRefused(start, 'The end is before the start.');
    await start.press('Tab');
    await settle(page, notes, 'Room booked for two days.');
    expect((await workshop()).event).toMatchObject({ start: '2010-01-28', end: '2010-01-30' });
  });

  // The message must describe what the field shows: a refused value stays to be corrected.
  test('leaving a refused field keeps what was typed beside its message', async () => {
    const { page } = session();
    const mapId = await createMap(page, 'Validation');
    await addNode(page, 'Person', 'Ada Lovelace');
    const ada = () => storedNode(page, mapId, 'Ada Lovelace');
    await editInspectorField(page, 'Email', 'ada@example.org');
    await eventually(async () => (await ada()).person?.email).toBe('ada@example.org');

    const email = inspectorField(page, 'Email');
    await typeInto(email, 'ada at example');
    await expectRefused(email, 'Enter an email address like name@example.org.');
    await email.press('Tab');
    await settle(page, async () => (await ada()).notes, 'Met at the panel.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.inputValue()).toBe('ada at example');
  });
});
