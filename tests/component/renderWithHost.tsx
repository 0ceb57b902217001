// Renders a component as the app would, with a Host that records what it was asked to do instead
// of opening dialogs: the one thing component tests swap.

import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type {
  FileType,
  Host,
  OpenedFile,
  PrintOutcome,
  SaveOutcome,
} from '../../renderer/platform/host';
import { HostProvider } from '../../renderer/platform/HostContext';

export interface RecordingHost extends Host {
  saved: Array<{ name: string; contents: string | Uint8Array; type: FileType }>;
  /** The names the page asked to print under, and what the page held for print at that moment. */
  printed: Array<{ name: string; printArea: string }>;
  nextOpen: OpenedFile | null;
}

export function recordingHost(): RecordingHost {
  const host: RecordingHost = {
    kind: 'browser',
    saved: [],
    printed: [],
    nextOpen: null,
    async openFile() {
      return host.nextOpen;
    },
    async saveFile(name, contents, type): Promise<SaveOutcome> {
      host.saved.push({ name, contents, type });
      return { status: 'saved', where: 'test' };
    },
    async printPage(name): Promise<PrintOutcome> {
      const area = document.querySelector('[data-print-area]');
      host.printed.push({ name, printArea: area?.textContent ?? '' });
      return { status: 'saved', where: 'test' };
    },
    async openExternal() {},
    onMenuCommand() {
      return () => undefined;
    },
  };
  return host;
}

export function renderWithHost(ui: ReactElement, host: Host = recordingHost()) {
  return { host, ...render(<HostProvider host={host}>{ui}</HostProvider>) };
}
