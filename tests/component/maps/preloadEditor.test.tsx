// The map list fetches the editor's code once the maps are listed and the page is idle, so the
// first map opened does not wait for it; it does so once, and never while the list is loading.

import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { MapListScreen } from '../../../renderer/features/maps/MapListScreen';
import { aBundle } from '../../factories/records';
import { renderWithHost } from '../renderWithHost';

/** Idle callbacks the page asked for, run only when the test says the page is idle. */
let idleQueue: Array<() => void> = [];

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  idleQueue = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleQueue.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idleQueue[handle - 1] = () => undefined;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function becomeIdle() {
  const due = idleQueue;
  idleQueue = [];
  for (const callback of due) callback();
}

describe('fetching the editor ahead of the first open', () => {
  it('waits for the maps to be listed and for an idle moment, then asks once', async () => {
    await saveNewBundle(aBundle());
    const onIdle = vi.fn();
    const view = renderWithHost(
      <MapListScreen onOpenMap={vi.fn()} onImport={vi.fn()} onIdle={onIdle} />,
    );
    expect(screen.getByText('Loading your maps…')).toBeInTheDocument();
    becomeIdle();
    expect(onIdle).not.toHaveBeenCalled();

    await screen.findByRole('listitem');
    await waitFor(() => expect(idleQueue).toHaveLength(1));
    expect(onIdle).not.toHaveBeenCalled();
    becomeIdle();
    expect(onIdle).toHaveBeenCalledTimes(1);

    view.rerender(<MapListScreen onOpenMap={vi.fn()} onImport={vi.fn()} onIdle={onIdle} />);
    becomeIdle();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing when the list is left before the page is idle', async () => {
    const onIdle = vi.fn();
    const view = renderWithHost(
      <MapListScreen onOpenMap={vi.fn()} onImport={vi.fn()} onIdle={onIdle} />,
    );
    await screen.findByText('No maps yet');
    await waitFor(() => expect(idleQueue).toHaveLength(1));
    view.unmount();
    becomeIdle();
    expect(onIdle).not.toHaveBeenCalled();
  });
});
