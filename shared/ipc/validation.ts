// Runtime schemas for the IPC requests in contract.ts. The main process treats every payload as
// `unknown` and checks it here before acting on it; a failure becomes a readable message that says
// which field is wrong. Only shapes and limits belong here: no Electron, no Node, no file access.

import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type {
  OpenExternalRequest,
  OpenFileRequest,
  PrintToPdfRequest,
  ReadBackupRequest,
  SaveFileRequest,
  WriteBackupRequest,
} from './contract';

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
  // Text in characters (the byte size is checked again after encoding), or bytes for images and
  // PDFs. Only a real Uint8Array passes: IPC's structured clone keeps typed arrays as they are.
  contents: z.union([
    z.string().max(MAX_FILE_BYTES),
    z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'is larger than the 100 MB limit'),
  ]),
  filters: filtersSchema,
}) satisfies z.ZodType<SaveFileRequest>;

export const printToPdfRequestSchema = z.strictObject({
  // A name only, like file:save's: the main process makes it safe and gives it the .pdf ending.
  suggestedName: z.string().min(1).max(255),
}) satisfies z.ZodType<PrintToPdfRequest>;

export const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
}) satisfies z.ZodType<OpenFileRequest>;

export const openExternalRequestSchema = z.strictObject({
  url: z.string().min(1).max(2048),
}) satisfies z.ZodType<OpenExternalRequest>;

/**
 * Map ids become folder names under <userData>/backups, so only the characters of the ids Stakemap
 * makes (UUIDs) are allowed: no separators, no dots, nothing that could leave the folder.
 */
export const MAP_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** Backup file names are the main process's own (backups.ts); nothing else may be asked for. */
export const BACKUP_FILE_NAME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.stakemap\.json$/;

export const writeBackupRequestSchema = z.strictObject({
  mapId: z.string().regex(MAP_ID_PATTERN, 'must be a map id'),
  mapName: z.string().max(1000),
  mapUpdatedAt: z.string().max(100),
  contents: z.string().min(1).max(MAX_FILE_BYTES),
}) satisfies z.ZodType<WriteBackupRequest>;

export const readBackupRequestSchema = z.strictObject({
  mapId: z.string().regex(MAP_ID_PATTERN, 'must be a map id'),
  fileName: z.string().regex(BACKUP_FILE_NAME_PATTERN, 'must be the name of a Stakemap backup'),
}) satisfies z.ZodType<ReadBackupRequest>;

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
