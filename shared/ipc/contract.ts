// The whole IPC surface between the renderer and the main process, in one typed place. Channel
// names are `domain:verb`. The main process registers exactly these handlers (electron/main/ipc.ts)
// and the preload exposes exactly this API (electron/preload/index.ts `satisfies DesktopApi`).

import type { Result } from '../result';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8; bytes (PNG, PDF) are written as they are. */
  contents: string | Uint8Array;
  filters: FileFilter[];
}

export type SaveFileResponse = Result<
  { status: 'saved'; path: string } | { status: 'cancelled' },
  string
>;

/**
 * Print the window as it is laid out for print (the meeting pack) to a PDF, and save it where the
 * user chooses. The page only names the file; the main process decides the paper and the type.
 */
export interface PrintToPdfRequest {
  suggestedName: string;
}

export type PrintToPdfResponse = SaveFileResponse;

export interface OpenFileRequest {
  filters: FileFilter[];
}

export type OpenFileResponse = Result<
  { status: 'opened'; name: string; contents: string } | { status: 'cancelled' },
  string
>;

export interface OpenExternalRequest {
  url: string;
}

export type OpenExternalResponse = Result<null, string>;

/** A map's .stakemap.json text for the main process to keep under <userData>/backups/<mapId>/. */
export interface WriteBackupRequest {
  mapId: string;
  /** The map's name now, shown in the backups list even after the map is deleted. */
  mapName: string;
  /** The map's updatedAt at the time of the backup, so the renderer can tell what is backed up. */
  mapUpdatedAt: string;
  contents: string;
}

export interface BackupFile {
  /** The file's name inside its map's folder, e.g. 2026-11-27T03-29-05-123Z.stakemap.json */
  fileName: string;
  /** When the backup was written (ISO 8601). */
  createdAt: string;
  size: number;
}

export type WriteBackupResponse = Result<BackupFile, string>;

export interface BackedUpMap {
  mapId: string;
  mapName: string;
  mapUpdatedAt: string;
  /** Newest first. */
  backups: BackupFile[];
}

export type ListBackupsResponse = Result<BackedUpMap[], string>;

export interface ReadBackupRequest {
  mapId: string;
  fileName: string;
}

export type ReadBackupResponse = Result<{ contents: string }, string>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** Invoke channels: request from the renderer, one response from the main process. */
export interface InvokeChannels {
  'file:save': { request: SaveFileRequest; response: SaveFileResponse };
  'file:open': { request: OpenFileRequest; response: OpenFileResponse };
  'file:printToPdf': { request: PrintToPdfRequest; response: PrintToPdfResponse };
  'link:open': { request: OpenExternalRequest; response: OpenExternalResponse };
  'app:info': { request: null; response: AppInfo };
  'backup:write': { request: WriteBackupRequest; response: WriteBackupResponse };
  'backup:list': { request: null; response: ListBackupsResponse };
  'backup:read': { request: ReadBackupRequest; response: ReadBackupResponse };
}

export type InvokeChannel = keyof InvokeChannels;

export const INVOKE_CHANNELS = [
  'file:save',
  'file:open',
  'file:printToPdf',
  'link:open',
  'app:info',
  'backup:write',
  'backup:list',
  'backup:read',
] as const satisfies readonly InvokeChannel[];

/** What the native menu asks the renderer to do; sent on MENU_COMMAND_CHANNEL. */
export const MENU_COMMANDS = [
  'map:new',
  'file:import',
  'file:export',
  'edit:undo',
  'edit:redo',
  'view:fit',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_COMMAND_CHANNEL = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The API the preload puts on `window.stakemap`. The renderer sees nothing else of Electron. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResponse>;
  openExternal(request: OpenExternalRequest): Promise<OpenExternalResponse>;
  appInfo(): Promise<AppInfo>;
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResponse>;
  listBackups(): Promise<ListBackupsResponse>;
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResponse>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The global name under which the preload exposes the DesktopApi. */
export const DESKTOP_API_KEY = 'stakemap';
