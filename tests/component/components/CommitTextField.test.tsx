// Leaving a field right after typing saves at once; until the stored value comes back the field
// keeps showing what was typed, never the value it replaces, and it shows the stored value again
// if the save failed.

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CommitTextField } from '../../../renderer/components/CommitTextField';

/** A save the test finishes when it chooses, as IndexedDB and the live query would. */
function deferredSave() {
  const calls: Array<{ text: string; finish(saved: boolean): void }> = [];
  return {
    calls,
    save(text: string): Promise<boolean> {
      return new Promise((resolve) => calls.push({ text, finish: resolve }));
    },
  };
}

type Save = (text: string) => void | Promise<boolean>;

/** A stored value and the field editing it; `store` stands for the record coming back. */
function renderField(onCommit: Save) {
  let store: (value: string) => void = () => {};
  function Host() {
    const [value, setValue] = useState('Ada Lovelace');
    store = setValue;
    return (
      <>
        <CommitTextField label="Label" value={value} onCommit={onCommit} />
        <button type="button">Elsewhere</button>
      </>
    );
  }
  render(<Host />);
  return { field: screen.getByRole('textbox', { name: 'Label' }), store: (v: string) => store(v) };
}

async function typeAndLeave(field: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.tripleClick(field);
  await user.keyboard(text);
  await user.tab();
  // Every effect of leaving has run.
  await act(async () => {});
}

describe('CommitTextField left at once after typing', () => {
  it('keeps showing what was typed while the save is under way, then the stored value', async () => {
    const writes = deferredSave();
    const { field, store } = renderField((text) => writes.save(text));

    await typeAndLeave(field, 'Ada King');

    expect(writes.calls.map((call) => call.text)).toEqual(['Ada King']);
    expect(field).toHaveValue('Ada King');
    await act(async () => writes.calls[0]?.finish(true));
    expect(field).toHaveValue('Ada King');
    act(() => store('Ada King'));
    expect(field).toHaveValue('Ada King');
  });

  it('follows a later change made elsewhere once its own save has landed', async () => {
    const writes = deferredSave();
    const { field, store } = renderField((text) => writes.save(text));

    await typeAndLeave(field, 'Ada King');
    await act(async () => writes.calls[0]?.finish(true));
    act(() => store('Ada King'));
    act(() => store('Augusta Ada King'));

    expect(field).toHaveValue('Augusta Ada King');
  });

  it('shows the stored value again when the save failed', async () => {
    const writes = deferredSave();
    const { field } = renderField((text) => writes.save(text));

    await typeAndLeave(field, 'Ada King');
    await act(async () => writes.calls[0]?.finish(false));

    expect(field).toHaveValue('Ada Lovelace');
  });

  it('shows the stored value when left if its save says nothing about landing', async () => {
    const saved: string[] = [];
    const { field } = renderField((text) => {
      saved.push(text);
    });

    await typeAndLeave(field, 'Ada King');

    expect(saved).toEqual(['Ada King']);
    expect(field).toHaveValue('Ada Lovelace');
  });
});
