// Export… → Meeting pack (PDF): the pack of what is shown goes to the host's printer, the dialog
// says it is working and cannot be sent twice, and a failure is explained in the dialog.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { saveNewBundle } from '../../../renderer/data/mapRepository';
import { ExportDialog } from '../../../renderer/features/editor/ExportDialog';
import type { PrintOutcome } from '../../../renderer/platform/host';
import { aBundle, aNode } from '../../factories/records';
import { anAction } from '../../unit/planning/planningFactories';
import { recordingHost, renderWithHost, type RecordingHost } from '../renderWithHost';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(
    aBundle({
      nodes: [
        aNode({
          id: 'n1',
          label: 'Jane',
          person: {
            role: 'Head of information',
            email: 'jane@example.org',
            phone: '',
            involvement: null,
            doNotContact: false,
          },
        }),
        aNode({ id: 'n2', label: 'Panel', kind: 'network' }),
      ],
      actions: [
        anAction({
          id: 'a1',
          title: 'Send Jane the paper',
          due: '2010-02-03',
          nodeIds: ['n1'],
          notes: 'She asked for the annex too.',
        }),
      ],
    }),
  );
});

function renderDialog(visibleIds: ReadonlySet<string> | null, host: RecordingHost) {
  const onClose = vi.fn();
  renderWithHost(
    <>
      <ExportDialog
        mapId="map-1"
        mapName="Test map"
        graph={null}
        visibleIds={visibleIds}
        onClose={onClose}
      />
      <NoticeArea />
    </>,
    host,
  );
  return { onClose };
}

async function choosePack() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: /Meeting pack \(PDF\)/ }));
  return user;
}

describe('Export meeting pack (PDF)…', () => {
  it('prints a pack of the shown stakeholders with their open actions, then closes', async () => {
    const host = recordingHost();
    const { onClose } = renderDialog(null, host);
    const user = await choosePack();
    await user.click(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' }));
    await waitFor(() => expect(host.printed).toHaveLength(1));
    const printed = host.printed[0];
    expect(printed?.name).toBe('Test map meeting pack.pdf');
    expect(printed?.printArea).toContain('Jane');
    expect(printed?.printArea).toContain('Head of information');
    expect(printed?.printArea).toContain('Send Jane the paper');
    expect(printed?.printArea).toContain('Overdue');
    expect(printed?.printArea).toContain('She asked for the annex too.');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    // Saved, so the pack leaves the page: a later Ctrl+P prints the app, not a stale pack.
    expect(document.querySelector('[data-print-area]')).toBeNull();
  });

  it('lists only what the filter shows', async () => {
    const host = recordingHost();
    renderDialog(new Set(['n2']), host);
    const user = await choosePack();
    await user.click(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' }));
    await waitFor(() => expect(host.printed).toHaveLength(1));
    expect(host.printed[0]?.printArea).toContain('Panel');
    expect(host.printed[0]?.printArea).not.toContain('Jane');
    expect(host.printed[0]?.printArea).toContain('No open actions concern the stakeholders shown.');
  });

  it('leaves out notes when private details are left out, and says so', async () => {
    const host = recordingHost();
    renderDialog(null, host);
    const user = await choosePack();
    await user.click(screen.getByRole('checkbox', { name: /Leave out private details/ }));
    await user.click(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' }));
    await waitFor(() => expect(host.printed).toHaveLength(1));
    expect(host.printed[0]?.name).toBe('Test map (redacted) meeting pack.pdf');
    expect(host.printed[0]?.printArea).toContain('Redacted: emails, phone numbers, notes');
    expect(host.printed[0]?.printArea).toContain('Send Jane the paper');
    expect(host.printed[0]?.printArea).not.toContain('She asked for the annex too.');
  });

  it('shows it is working and cannot be sent twice until the host answers', async () => {
    const host = recordingHost();
    let answer: (outcome: PrintOutcome) => void = () => undefined;
    const printPage = vi.fn(
      () =>
        new Promise<PrintOutcome>((resolve) => {
          answer = resolve;
        }),
    );
    host.printPage = printPage;
    const { onClose } = renderDialog(null, host);
    const user = await choosePack();
    await user.click(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' }));
    const busy = await screen.findByRole('button', { name: 'Preparing the meeting pack…' });
    expect(busy).toBeDisabled();
    expect(screen.getByRole('radio', { name: /Picture \(PNG\)/ })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the meeting pack…');
    await user.click(busy);
    expect(printPage).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    answer({ status: 'saved', where: '/home/comms/Test map meeting pack.pdf' });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('explains a failure in the dialog, keeps it open and lets the user try again', async () => {
    const host = recordingHost();
    host.printPage = vi.fn(async () => {
      throw new Error('Could not make the PDF: Printing failed. Nothing was saved.');
    });
    const { onClose } = renderDialog(null, host);
    const user = await choosePack();
    await user.click(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' }));
    // The modal hides the rest of the page from queries; the alert is inside it.
    const alert = await screen.findByRole('alert', { hidden: true });
    expect(alert).toHaveTextContent('The meeting pack could not be made.');
    expect(alert).toHaveTextContent('Printing failed');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' })).toBeEnabled();
    expect(document.querySelector('[data-print-area]')).toBeNull();
  });

  it('reports a failure in the notices when the dialog was closed while the pack was made', async () => {
    const host = recordingHost();
    let fail: (error: Error) => void = () => undefined;
    host.printPage = vi.fn(
      () =>
        new Promise<PrintOutcome>((_resolve, reject) => {
          fail = reject;
        }),
    );
    function Editor() {
      const [open, setOpen] = useState(true);
      return (
        <>
          {open && (
            <ExportDialog
              mapId="map-1"
              mapName="Test map"
              graph={null}
              visibleIds={null}
              onClose={() => setOpen(false)}
            />
          )}
          <NoticeArea />
        </>
      );
    }
    renderWithHost(<Editor />, host);
    const user = await choosePack();
    await user.click(screen.getByRole('button', { name: 'Export meeting pack (PDF)…' }));
    await screen.findByRole('button', { name: 'Preparing the meeting pack…' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fail(new Error('Could not save the file: EACCES: permission denied'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The meeting pack could not be made: nothing was saved.');
    expect(alert).toHaveTextContent('permission denied');
  });
});
