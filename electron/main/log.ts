// The main process's local log: <userData>/logs/main.log, one line per event, rotated to main.1.log
// past MAX_LOG_BYTES. Logs never leave the machine (there is no network); writing is injected, and a
// failure to log is swallowed so that logging can never take the app down.

import path from 'node:path';

export const LOG_FILE = 'main.log';
export const PREVIOUS_LOG_FILE = 'main.1.log';
export const MAX_LOG_BYTES = 1024 * 1024;

export interface LogFileSystem {
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
  appendFile(filePath: string, data: string): Promise<void>;
  stat(filePath: string): Promise<{ size: number }>;
  rename(from: string, to: string): Promise<void>;
}

export interface FileLogDeps {
  /** <userData>/logs */
  folder: string;
  fs: LogFileSystem;
  now(): Date;
  /** Also shown on the terminal during development. */
  echo(line: string): void;
}

export type Log = (message: string, error?: unknown) => void;

export function describeForLog(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function formatLogLine(at: Date, message: string, error?: unknown): string {
  const detail = error === undefined ? '' : ` | ${describeForLog(error).replace(/\n/g, '\n    ')}`;
  return `${at.toISOString()} ${message}${detail}\n`;
}

/** A logger that appends in order (one write at a time) and returns at once. */
export function createFileLog(deps: FileLogDeps): Log & { flushed(): Promise<void> } {
  const file = path.join(deps.folder, LOG_FILE);
  let chain: Promise<void> = deps.fs.mkdir(deps.folder, { recursive: true }).then(
    () => undefined,
    () => undefined,
  );

  const append = async (line: string): Promise<void> => {
    try {
      const size = await deps.fs.stat(file).then(
        (info) => info.size,
        () => 0,
      );
      if (size + line.length > MAX_LOG_BYTES) {
        await deps.fs.rename(file, path.join(deps.folder, PREVIOUS_LOG_FILE));
      }
      await deps.fs.appendFile(file, line);
    } catch {
      // Nowhere left to report it; the echo already showed the line.
    }
  };

  const log = (message: string, error?: unknown): void => {
    const line = formatLogLine(deps.now(), `[stakemap] ${message}`, error);
    deps.echo(line.trimEnd());
    chain = chain.then(() => append(line));
  };
  return Object.assign(log, { flushed: () => chain });
}
