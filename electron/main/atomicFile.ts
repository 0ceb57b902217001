// Writing a file so that it is never half-written: a temporary file in the same folder, flushed to
// disk, then renamed over the target, with retries for the transient locks Windows puts on files
// (antivirus scanners, indexers, a backup tool holding the old file open). Effects are injected.

import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The slice of node:fs/promises an atomic write needs. */
export interface AtomicFileSystem {
  open(filePath: string, flags: 'wx'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

/** Error codes that mean "someone holds the file for a moment", not "this cannot work". */
const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Waits between rename attempts: 50, 100, 200, 400, 800 ms (about 1.5 s in all). */
export const RENAME_RETRY_DELAYS_MS = [50, 100, 200, 400, 800] as const;

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
}

export function isTransientFileError(error: unknown): boolean {
  return TRANSIENT_CODES.has(String(errorCode(error)));
}

export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = (milliseconds) =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Renames, retrying while the error is a transient lock; the last error is rethrown. */
export async function renameWithRetries(
  fs: Pick<AtomicFileSystem, 'rename'>,
  from: string,
  to: string,
  sleep: Sleep = realSleep,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (!isTransientFileError(error) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Replaces `target` without ever leaving it half-written. A crash at any point leaves either the
 * old file or the new one; a failure removes the temporary file and leaves the old file as it was.
 */
export async function writeFileAtomically(
  fs: AtomicFileSystem,
  target: string,
  contents: string | Uint8Array,
  sleep: Sleep = realSleep,
): Promise<void> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const file = await fs.open(temporary, 'wx');
    try {
      await file.writeFile(contents);
      await file.sync();
    } finally {
      await file.close();
    }
    await renameWithRetries(fs, temporary, target, sleep);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
