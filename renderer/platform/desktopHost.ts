// The desktop host: everything goes through the typed preload bridge (window.stakemap), which is
// all the renderer ever sees of Electron.

import type { DesktopApi } from '@shared/ipc/contract';
import type { FileType, Host, OpenedFile, PrintOutcome, SaveOutcome } from './host';

function toFilters(types: FileType[]) {
  return types.map((type) => ({ name: type.description, extensions: type.extensions }));
}

export function createDesktopHost(api: DesktopApi): Host {
  return {
    kind: 'desktop',

    async openFile(types: FileType[]): Promise<OpenedFile | null> {
      const response = await api.openFile({ filters: toFilters(types) });
      if (!response.ok) throw new Error(response.error);
      if (response.value.status === 'cancelled') return null;
      return { name: response.value.name, contents: response.value.contents };
    },

    async saveFile(
      suggestedName: string,
      contents: string | Uint8Array,
      type: FileType,
    ): Promise<SaveOutcome> {
      const response = await api.saveFile({ suggestedName, contents, filters: toFilters([type]) });
      if (!response.ok) throw new Error(response.error);
      if (response.value.status === 'cancelled') return { status: 'cancelled' };
      return { status: 'saved', where: response.value.path };
    },

    async printPage(suggestedName: string): Promise<PrintOutcome> {
      const response = await api.printToPdf({ suggestedName });
      if (!response.ok) throw new Error(response.error);
      if (response.value.status === 'cancelled') return { status: 'cancelled' };
      return { status: 'saved', where: response.value.path };
    },

    async openExternal(url: string): Promise<void> {
      const response = await api.openExternal({ url });
      if (!response.ok) throw new Error(response.error);
    },

    onMenuCommand(listener) {
      return api.onMenuCommand(listener);
    },

    backups: {
      async write(request) {
        const response = await api.writeBackup(request);
        if (!response.ok) throw new Error(response.error);
        return response.value;
      },
      async list() {
        const response = await api.listBackups();
        if (!response.ok) throw new Error(response.error);
        return response.value;
      },
      async read(request) {
        const response = await api.readBackup(request);
        if (!response.ok) throw new Error(response.error);
        return response.value.contents;
      },
    },
  };
}
