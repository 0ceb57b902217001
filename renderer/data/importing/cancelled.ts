// The one error a cancelled import ends with, so that callers tell "the user said stop" from a
// failure and say nothing alarming. Dexie wraps what a transaction throws (as `inner`), so both
// the error and its wrapper are recognised.

class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'AbortError';
  }
}

export function cancelledImport(): Error {
  return new ImportCancelled();
}

export function isCancelled(error: unknown): boolean {
  if (error instanceof ImportCancelled) return true;
  return typeof error === 'object' && error !== null
    ? Reflect.get(error, 'inner') instanceof ImportCancelled
    : false;
}
