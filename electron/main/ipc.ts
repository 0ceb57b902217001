// The main-process side of the IPC contract: one typed handler per channel in INVOKE_CHANNELS.
// Every call is refused unless it comes from the app's own main frame, and every payload is
// checked as `unknown` before use. Effects (dialogs, files, shell) are injected; wiring is in index.ts.

import path from 'node:path';
import { parseStakemapFile } from '@shared/format';
import {
  INVOKE_CHANNELS,
  type AppInfo,
  type FileFilter,
  type InvokeChannel,
  type InvokeChannels,
  type ListBackupsResponse,
  type OpenExternalResponse,
  type OpenFileResponse,
  type PrintToPdfResponse,
  type ReadBackupResponse,
  type SaveFileResponse,
  type WriteBackupResponse,
} from '@shared/ipc/contract';
import {
  MAX_FILE_BYTES,
  openExternalRequestSchema,
  openFileRequestSchema,
  parseRequest,
  printToPdfRequestSchema,
  readBackupRequestSchema,
  saveFileRequestSchema,
  writeBackupRequestSchema,
} from '@shared/ipc/validation';
import { err, ok } from '@shared/result';
import { writeFileAtomically, type AtomicFileSystem } from './atomicFile';
import type { BackupStore } from './backups';
import { isTrustedSender, toAllowedExternalUrl, toSafeFileName } from './guards';

export { writeFileAtomically, type WritableFile } from './atomicFile';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
  properties: Array<'openFile'>;
}

/** What file:printToPdf asks of Electron's webContents.printToPDF: A4, colours and all. */
export interface PdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
}

export const PDF_OPTIONS: PdfOptions = { pageSize: 'A4', printBackground: true };

const PDF_FILTERS: FileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];

/** The page's name for the file, made safe, always ending in .pdf. */
export function pdfFileName(suggestedName: string): string {
  const safe = toSafeFileName(suggestedName);
  return /\.pdf$/i.test(safe) ? safe : `${safe}.pdf`;
}

/** The slice of node:fs/promises the file handlers use. */
export interface IpcFileSystem extends AtomicFileSystem {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

/** `Sender` is whatever identifies the asking window (Electron's WebContents), for modal dialogs. */
export interface IpcDeps<Sender> {
  showSaveDialog(
    sender: Sender,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    sender: Sender,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Prints the sender's page, laid out for print, to PDF bytes. */
  printToPdf(sender: Sender, options: PdfOptions): Promise<Uint8Array>;
  fs: IpcFileSystem;
  openExternal(url: string): Promise<void>;
  appInfo: AppInfo;
  backups: BackupStore;
  log(message: string, error?: unknown): void;
}

export type InvokeHandlers<Sender> = {
  [K in InvokeChannel]: (
    request: unknown,
    sender: Sender,
  ) => Promise<InvokeChannels[K]['response']>;
};

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const FILE_LIMIT = describeSize(MAX_FILE_BYTES);

/** Strict UTF-8 (a bad byte is an error, not U+FFFD), without a leading byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

export function createIpcHandlers<Sender>(deps: IpcDeps<Sender>): InvokeHandlers<Sender> {
  return {
    async 'file:save'(payload, sender): Promise<SaveFileResponse> {
      const request = parseRequest(saveFileRequestSchema, payload);
      if (!request.ok) return request;
      const { suggestedName, contents, filters } = request.value;
      const bytes =
        typeof contents === 'string' ? Buffer.byteLength(contents, 'utf8') : contents.byteLength;
      if (bytes > MAX_FILE_BYTES) {
        return err(`The file would be larger than ${FILE_LIMIT}, the most Stakemap saves.`);
      }
      try {
        const choice = await deps.showSaveDialog(sender, {
          title: 'Export',
          defaultPath: toSafeFileName(suggestedName),
          filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (choice.canceled || !choice.filePath) return ok({ status: 'cancelled' });
        await writeFileAtomically(deps.fs, choice.filePath, contents);
        return ok({ status: 'saved', path: choice.filePath });
      } catch (error) {
        return err(`Could not save the file: ${describeError(error)}`);
      }
    },

    // Where to save comes first, so a cancel costs nothing; the page keeps the pack laid out for
    // print until this answers.
    async 'file:printToPdf'(payload, sender): Promise<PrintToPdfResponse> {
      const request = parseRequest(printToPdfRequestSchema, payload);
      if (!request.ok) return request;
      let choice: { canceled: boolean; filePath?: string };
      try {
        choice = await deps.showSaveDialog(sender, {
          title: 'Export meeting pack',
          defaultPath: pdfFileName(request.value.suggestedName),
          filters: PDF_FILTERS,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
      } catch (error) {
        return err(`Could not save the file: ${describeError(error)}`);
      }
      if (choice.canceled || !choice.filePath) return ok({ status: 'cancelled' });
      let pdf: Uint8Array;
      try {
        pdf = await deps.printToPdf(sender, { ...PDF_OPTIONS });
      } catch (error) {
        deps.log('Could not print the meeting pack to PDF', error);
        return err(`Could not make the PDF: ${describeError(error)}. Nothing was saved.`);
      }
      if (pdf.byteLength > MAX_FILE_BYTES) {
        return err(
          `The PDF came to ${describeSize(pdf.byteLength)}, more than the ${FILE_LIMIT} Stakemap saves. Show fewer nodes and try again.`,
        );
      }
      try {
        await writeFileAtomically(deps.fs, choice.filePath, pdf);
        return ok({ status: 'saved', path: choice.filePath });
      } catch (error) {
        return err(`Could not save the file: ${describeError(error)}`);
      }
    },

    async 'file:open'(payload, sender): Promise<OpenFileResponse> {
      const request = parseRequest(openFileRequestSchema, payload);
      if (!request.ok) return request;
      try {
        const choice = await deps.showOpenDialog(sender, {
          title: 'Import',
          filters: request.value.filters,
          properties: ['openFile'],
        });
        const filePath = choice.filePaths[0];
        if (choice.canceled || filePath === undefined) return ok({ status: 'cancelled' });
        const name = path.basename(filePath);
        const info = await deps.fs.stat(filePath);
        if (!info.isFile()) return err(`${name} is not a file.`);
        // Checked before reading so a huge file is never pulled into memory.
        if (info.size > MAX_FILE_BYTES) {
          return err(
            `${name} is ${describeSize(info.size)}; Stakemap opens files up to ${FILE_LIMIT}.`,
          );
        }
        const bytes = await deps.fs.readFile(filePath);
        if (bytes.byteLength > MAX_FILE_BYTES) {
          return err(`${name} grew past ${FILE_LIMIT} while it was being read.`);
        }
        const contents = decodeUtf8(bytes);
        if (contents === null) return err(`The file is not UTF-8 text (${name}).`);
        return ok({ status: 'opened', name, contents });
      } catch (error) {
        return err(`Could not open the file: ${describeError(error)}`);
      }
    },

    async 'link:open'(payload): Promise<OpenExternalResponse> {
      const request = parseRequest(openExternalRequestSchema, payload);
      if (!request.ok) return request;
      const url = toAllowedExternalUrl(request.value.url);
      if (url === null) {
        return err('Stakemap only opens web (http, https) and e-mail (mailto) links.');
      }
      try {
        await deps.openExternal(url);
        return ok(null);
      } catch (error) {
        return err(`Could not open the link: ${describeError(error)}`);
      }
    },

    // Takes no payload, so there is nothing to validate or act on: whatever was sent is ignored.
    async 'app:info'(): Promise<AppInfo> {
      return { ...deps.appInfo };
    },

    async 'backup:write'(payload): Promise<WriteBackupResponse> {
      const request = parseRequest(writeBackupRequestSchema, payload);
      if (!request.ok) return request;
      // A backup that is not a readable map would push a good one out of the rotation: an empty or
      // broken export (the way other tools have lost work) is refused before anything is written.
      const parsed = parseStakemapFile(request.value.contents);
      if (!parsed.ok) {
        const first = parsed.error[0];
        return err(
          `Refused a backup that is not a Stakemap map (${first?.path ?? ''}: ${first?.message ?? 'unknown problem'}).`,
        );
      }
      try {
        return ok(await deps.backups.write(request.value));
      } catch (error) {
        deps.log(`Could not back up map ${request.value.mapId}`, error);
        return err(`Could not write the backup: ${describeError(error)}`);
      }
    },

    // Takes no payload: whatever was sent is ignored.
    async 'backup:list'(): Promise<ListBackupsResponse> {
      try {
        return ok(await deps.backups.list());
      } catch (error) {
        deps.log('Could not list the backups', error);
        return err(`Could not list the backups: ${describeError(error)}`);
      }
    },

    async 'backup:read'(payload): Promise<ReadBackupResponse> {
      const request = parseRequest(readBackupRequestSchema, payload);
      if (!request.ok) return request;
      try {
        return ok({
          contents: await deps.backups.read(request.value.mapId, request.value.fileName),
        });
      } catch (error) {
        return err(`Could not read the backup: ${describeError(error)}`);
      }
    },
  };
}

export interface InvokeEventLike<Sender> {
  senderFrame: unknown;
  sender: Sender;
}

export interface IpcMainLike<Sender> {
  handle(
    channel: string,
    listener: (event: InvokeEventLike<Sender>, payload: unknown) => Promise<unknown>,
  ): void;
}

/**
 * Registers every channel of the contract. A call from anything but the app's own main frame
 * (a subframe, a page that got past navigation blocking, a destroyed frame) is rejected before
 * its payload is even looked at.
 */
export function registerIpc<Sender>(
  ipcMain: IpcMainLike<Sender>,
  handlers: InvokeHandlers<Sender>,
): void {
  for (const channel of INVOKE_CHANNELS) {
    const handler = handlers[channel];
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame)) {
        throw new Error(`Refused ${channel}: the request did not come from the Stakemap window.`);
      }
      return handler(payload, event.sender);
    });
  }
}
