// The gate in front of the app when the database will not open, or cannot be upgraded because
// another window holds it on an older version: the user is told what happened and what to do, the
// desktop's backups are offered, and nothing is ever deleted.

import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseGate } from '../../../renderer/app/DatabaseGate';
import { DATABASE_NAME, db } from '../../../renderer/data/db';
import { aMap } from '../../factories/records';
import { desktopHost, fakeBackups } from '../backups/fakeBackups';
import { renderWithHost } from '../renderWithHost';

configure({ asyncUtilTimeout: 10_000 });

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(DATABASE_NAME);
});

/** Dexie stores version n of a schema as IndexedDB version n × 10. */
const NATIVE_VERSION_1 = 10;

/**
 * Opens the database as Stakemap's schema version 1 did, with one map in it, and keeps the
 * connection open without answering versionchange: an older Stakemap in another window.
 */
function openAsOldWindow(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, NATIVE_VERSION_1);
    request.onupgradeneeded = () => {
      const old = request.result;
      old.createObjectStore('maps', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      for (const table of ['nodes', 'relationships', 'interactions', 'actions', 'messages']) {
        old.createObjectStore(table, { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
      }
      request.transaction?.objectStore('maps').add(aMap({ id: 'm1', name: 'Panel' }));
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function failure(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function backupsOfPanel() {
  const backups = fakeBackups();
  backups.maps = [
    {
      mapId: 'm1',
      mapName: 'Panel',
      mapUpdatedAt: '2026-11-27T09:00:00.000Z',
      backups: [
        { fileName: 'b1.stakemap.json', createdAt: '2026-11-27T09:00:00.000Z', size: 2048 },
      ],
    },
  ];
  backups.files.set('m1/b1.stakemap.json', '{"format":"stakemap"}');
  return backups;
}

describe('the database gate', { timeout: 30_000 }, () => {
  it('offers the backups and a retry when the database will not open, never a wipe', async () => {
    const open = vi
      .spyOn(db, 'open')
      .mockRejectedValueOnce(failure('UnknownError', 'Internal error opening backing store'));
    renderWithHost(
      <DatabaseGate>
        <p>The app</p>
      </DatabaseGate>,
      desktopHost(backupsOfPanel()),
    );

    expect(
      await screen.findByRole('heading', { name: 'Stakemap could not open your maps' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing has been deleted/)).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: /^Save a copy of Panel from / }),
    ).toBeInTheDocument();
    const offered = screen.getAllByRole('button').map((button) => button.textContent ?? '');
    expect(offered.filter((name) => /delete|wipe|reset|clear|erase/i.test(name))).toEqual([]);
    expect(screen.queryByText('The app')).not.toBeInTheDocument();

    // The disk comes back: Try again opens the database as it was.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The app')).toBeInTheDocument();
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('waits for an older window to let go, saying so, then opens with every map kept', async () => {
    const oldWindow = await openAsOldWindow();
    renderWithHost(
      <DatabaseGate>
        <p>The app</p>
      </DatabaseGate>,
      desktopHost(fakeBackups()),
    );

    expect(
      await screen.findByRole('heading', {
        name: 'Another Stakemap window is using an older version of your maps',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Close the other Stakemap windows/)).toBeInTheDocument();
    expect(screen.queryByText('The app')).not.toBeInTheDocument();

    oldWindow.close();
    expect(await screen.findByText('The app')).toBeInTheDocument();
    await waitFor(async () => expect(await db.maps.get('m1')).toMatchObject({ name: 'Panel' }));
    expect(db.verno).toBe(5);
  });
});
