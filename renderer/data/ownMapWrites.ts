// The newest updatedAt this window has written to each map, seen as each write goes down to
// IndexedDB (a Dexie middleware, installed on this window's connection in db.ts). A middleware
// rather than Dexie's 'creating' and 'updating' hooks: with those on the maps table, Dexie reads
// the stored map before every put of one, a round trip more before each edit is saved.

import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

const newestOwnWrite = new Map<string, string>();

function remember(mapId: unknown, updatedAt: unknown): void {
  if (typeof mapId !== 'string' || typeof updatedAt !== 'string') return;
  const known = newestOwnWrite.get(mapId);
  if (known === undefined || updatedAt > known) newestOwnWrite.set(mapId, updatedAt);
}

function rememberMaps(request: DBCoreMutateRequest): void {
  // Dexie turns update() and modify() into puts of the whole changed record, so adds and puts
  // carry every map this window writes, with its new updatedAt.
  if (request.type !== 'add' && request.type !== 'put') return;
  for (const map of request.values) remember(map?.id, map?.updatedAt);
}

export const recordOwnMapWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recordOwnMapWrites',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'maps') return table;
      return {
        ...table,
        mutate: (request) => {
          rememberMaps(request);
          return table.mutate(request);
        },
      };
    },
  }),
};

/** The newest updatedAt this window wrote to the map, if it wrote to it at all. */
export function newestOwnWriteTo(mapId: string): string | undefined {
  return newestOwnWrite.get(mapId);
}
