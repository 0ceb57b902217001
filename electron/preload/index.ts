// The preload: a thin, typed table from the DesktopApi in shared/ipc/contract.ts to IPC channels.
// No logic lives here and ipcRenderer itself is never exposed: the page gets these functions only.
// Bundled to dist/electron/preload.cjs because a sandboxed preload cannot load other files.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  DESKTOP_API_KEY,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type DesktopApi,
  type InvokeChannel,
  type InvokeChannels,
} from '@shared/ipc/contract';

function invoke<K extends InvokeChannel>(
  channel: K,
  request: InvokeChannels[K]['request'],
): Promise<InvokeChannels[K]['response']> {
  return ipcRenderer.invoke(channel, request);
}

const api = {
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  printToPdf: (request) => invoke('file:printToPdf', request),
  openExternal: (request) => invoke('link:open', request),
  appInfo: () => invoke('app:info', null),
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list', null),
  readBackup: (request) => invoke('backup:read', request),
  onMenuCommand(listener) {
    // Only known commands reach the page, and the page never sees the IPC event object.
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
