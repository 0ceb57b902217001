// Runtime schemas for the IPC requests in contract.ts. The main process treats every payload as
// `unknown` and checks it here before acting on it; a failure becomes a readable message that says
// which field is wrong. Only shapes and limits belong here: no Electron, no Node, no file access.

import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { OpenExternalRequest, OpenFileRequest, SaveFileRequest } from './contract';

/** The largest file Stakemap reads or writes; the same limit as the renderer's browser host. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  // Bare extensions as the native dialogs want them ("json", not ".json"); "*" means any file.
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'must be a bare extension like "json"'))
    .min(1)
    .max(20),
});

const filtersSchema = z.array(fileFilterSchema).max(20);

export const saveFileRequestSchema = z.strictObject({
  // Map names may contain any character; the main process makes a safe file name of it.
  suggestedName: z.string().min(1).max(255),
  // Characters, not bytes; the byte size is checked again after encoding.
  contents: z.string().max(MAX_FILE_BYTES),
  filters: filtersSchema,
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
}) satisfies z.ZodType<OpenFileRequest>;

export const openExternalRequestSchema = z.strictObject({
  url: z.string().min(1).max(2048),
}) satisfies z.ZodType<OpenExternalRequest>;

function describePath(path: ReadonlyArray<PropertyKey>): string {
  let described = '';
  for (const key of path) {
    described +=
      typeof key === 'number' ? `[${key}]` : `${described === '' ? '' : '.'}${String(key)}`;
  }
  return described === '' ? 'request' : described;
}

/** Parses an IPC payload; the error names every problem and where it is (`filters[0].name`). */
export function parseRequest<T>(schema: z.ZodType<T>, payload: unknown): Result<T, string> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map(
    (issue) => `${describePath(issue.path)}: ${issue.message}`,
  );
  return err(`Invalid request: ${problems.join('; ')}`);
}
