// Results, not exceptions, across boundaries: parsers and IPC handlers return one of these so the
// caller must look at the failure, and the failure can say where the problem is.

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
