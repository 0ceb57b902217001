// The Host is everything the renderer needs from the machine it runs on: files in and out, links,
// native menu commands. The desktop host talks to the preload bridge; the browser host uses a file
// input and downloads. Tests swap this and nothing else.

import type {
  BackedUpMap,
  BackupFile,
  MenuCommand,
  ReadBackupRequest,
  WriteBackupRequest,
} from '@shared/ipc/contract';

export interface OpenedFile {
  name: string;
  contents: string;
}

export type SaveOutcome = { status: 'saved'; where: string } | { status: 'cancelled' };

/** A PDF saved (desktop), or the browser's own print dialog opened, where Save as PDF is a choice. */
export type PrintOutcome = SaveOutcome | { status: 'print-dialog' };

export interface FileType {
  description: string;
  extensions: string[];
  mimeType: string;
}

/** Backups kept by the desktop's main process on disk; each method rejects with a readable message. */
export interface HostBackups {
  write(request: WriteBackupRequest): Promise<BackupFile>;
  list(): Promise<BackedUpMap[]>;
  read(request: ReadBackupRequest): Promise<string>;
}

export interface Host {
  readonly kind: 'desktop' | 'browser';
  /** Asks the user for a file; null when they cancel. Rejects with a readable message on failure. */
  openFile(types: FileType[]): Promise<OpenedFile | null>;
  /**
   * Saves text (as UTF-8) or bytes (images, PDFs) under a suggested name: a save dialog on the
   * desktop, a download in the browser.
   */
  saveFile(
    suggestedName: string,
    contents: string | Uint8Array,
    type: FileType,
  ): Promise<SaveOutcome>;
  /**
   * Prints the page as its print stylesheet lays it out (the meeting pack): straight to a PDF the
   * user saves on the desktop, the browser's print dialog on the web.
   */
  printPage(suggestedName: string): Promise<PrintOutcome>;
  /** Opens an http(s) or mailto link in the system browser or mail client. */
  openExternal(url: string): Promise<void>;
  /** Native menu commands (desktop only); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Present on the desktop only: the browser has no folder of its own to keep backups in. */
  readonly backups?: HostBackups;
}
