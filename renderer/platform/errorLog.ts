// Unexpected errors, kept locally: each goes to the console and into a small ring buffer that the
// error boundary's "Copy error details" includes. Nothing here sends anything anywhere; the user
// decides whether to paste the details into a message.

export const ERROR_LOG_SIZE = 30;

export interface LoggedError {
  at: string;
  context: string;
  message: string;
}

let entries: LoggedError[] = [];

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function logError(context: string, error: unknown): void {
  const entry = { at: new Date().toISOString(), context, message: describe(error) };
  entries = [...entries, entry].slice(-ERROR_LOG_SIZE);
  console.error(`Stakemap: ${context}`, error);
}

export function recentErrors(): readonly LoggedError[] {
  return entries;
}

/** The ring buffer as plain text, oldest first, for "Copy error details". */
export function recentErrorsText(): string {
  if (entries.length === 0) return 'No earlier errors were logged.';
  return entries.map((entry) => `${entry.at} ${entry.context}\n  ${entry.message}`).join('\n');
}

export function clearErrorLog(): void {
  entries = [];
}

/** Logs uncaught errors and unhandled rejections of the page; returns the uninstall function. */
export function installGlobalErrorLogging(target: Window): () => void {
  const onError = (event: ErrorEvent) => logError('Uncaught error', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) =>
    logError('Unhandled promise rejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
