// Export… writes the chosen format through the host, and the redaction switch leaves private
// details out of every data format.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { ExportDialog } from '../../../renderer/features/editor/ExportDialog';
import { aBundle, aNode } from '../../factories/records';
import { recordingHost, renderWithHost } from '../renderWithHost';

const person = {
  role: 'Head of information',
  email: 'jane@example.org',
  phone: '+44 20 7946 0000',
  involvement: null,
  doNotContact: false,
};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(
    aBundle({
      nodes: [
        aNode({ id: 'n1', label: 'Jane', person }),
        aNode({ id: 'n2', label: 'Panel', kind: 'network' }),
      ],
    }),
  );
});

function renderDialog() {
  const host = recordingHost();
  const onClose = vi.fn();
  renderWithHost(
    <>
      <ExportDialog
        mapId="map-1"
        mapName="Test map"
        graph={null}
        visibleIds={null}
        onClose={onClose}
      />
      <NoticeArea />
    </>,
    host,
  );
  return { host, onClose };
}

describe('the export dialog', () => {
  it('exports a native file by default', async () => {
    const user = userEvent.setup();
    const { host, onClose } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(onClose).toHaveBeenCalled();
    expect(host.saved[0]?.name).toBe('Test map.stakemap.json');
    expect(host.saved[0]?.contents).toContain('jane@example.org');
  });

  it('writes the two spreadsheets, redacted when asked', async () => {
    const user = userEvent.setup();
    const { host } = renderDialog();
    await user.click(screen.getByRole('radio', { name: /Spreadsheets \(CSV/ }));
    await user.click(screen.getByRole('checkbox', { name: /Leave out private details/ }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(host.saved).toHaveLength(2));
    expect(host.saved.map((file) => file.name)).toEqual([
      'Test map (redacted) nodes.csv',
      'Test map (redacted) relationships.csv',
    ]);
    const all = host.saved.map((file) => String(file.contents)).join('\n');
    expect(all).toContain('Jane');
    expect(all).not.toContain('jane@example.org');
    expect(all).not.toContain('7946');
  });

  it('asks for the network view before exporting a picture', async () => {
    const user = userEvent.setup();
    const { host } = renderDialog();
    await user.click(screen.getByRole('radio', { name: /Picture \(PNG\)/ }));
    expect(screen.queryByRole('checkbox', { name: /Leave out private details/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    // The mock onClose leaves the modal open, which hides the rest of the page from queries.
    expect(await screen.findByRole('alert', { hidden: true })).toHaveTextContent(
      'Open the Network view',
    );
    expect(host.saved).toHaveLength(0);
  });
});
