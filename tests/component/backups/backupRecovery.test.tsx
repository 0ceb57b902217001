// When the database will not open, the desktop's backups are still offered: each can be saved as
// a .stakemap.json file. Nothing is written to the database from here.

import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BackupRecovery } from '../../../renderer/features/backups/BackupRecovery';
import { recordingHost, renderWithHost } from '../renderWithHost';
import { desktopHost, fakeBackups } from './fakeBackups';

configure({ asyncUtilTimeout: 10_000 });

describe('backups on the recovery screen', { timeout: 30_000 }, () => {
  it('saves a copy of a backup as a map file', async () => {
    const backups = fakeBackups();
    backups.maps = [
      {
        mapId: 'm1',
        mapName: 'Data panel',
        mapUpdatedAt: '2026-11-27T09:00:00.000Z',
        backups: [
          { fileName: 'b1.stakemap.json', createdAt: '2026-11-27T09:00:00.000Z', size: 2048 },
        ],
      },
    ];
    backups.files.set('m1/b1.stakemap.json', '{"format":"stakemap"}');
    const host = desktopHost(backups);
    renderWithHost(<BackupRecovery />, host);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: /^Save a copy of Data panel from / }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]).toMatchObject({
      name: 'Data panel.stakemap.json',
      contents: '{"format":"stakemap"}',
    });
    expect(await screen.findByText('Saved a copy of Data panel to test.')).toBeInTheDocument();
  });

  it('says when there are none', async () => {
    renderWithHost(<BackupRecovery />, desktopHost(fakeBackups()));
    expect(await screen.findByText('There are no backups on this computer.')).toBeInTheDocument();
  });

  it('shows nothing in the browser, which keeps no backups', () => {
    const { container } = renderWithHost(<BackupRecovery />, recordingHost());
    expect(container).toBeEmptyDOMElement();
  });
});
