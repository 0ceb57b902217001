// The restore commands with the file format's code (its schemas, Zod) they parse with, fetched on
// the first restore: the dialogs that offer them are part of the map list, which starts without it.

export type { Restored } from './restoreCommands';

export function loadRestoreCommands(): Promise<typeof import('./restoreCommands')> {
  return import('./restoreCommands');
}
