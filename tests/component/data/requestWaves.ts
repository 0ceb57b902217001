// Counts the waits on IndexedDB a write makes: each request issued after requests of its
// transaction came back is one wave later than the latest of them. A wave is a round trip between
// the page and the database, several milliseconds each on a busy laptop.

type Method = (this: unknown, ...args: unknown[]) => IDBRequest;

/** Starts counting, per read-write transaction; `stop` puts IndexedDB back as it was. */
export function countWaves() {
  const waves = new Map<IDBTransaction, { answered: number; deepest: number }>();
  const restore: Array<() => void> = [];
  const wrap = (proto: object, name: string, transactionOf: (self: unknown) => IDBTransaction) => {
    const original = Reflect.get(proto, name) as Method | undefined;
    if (typeof original !== 'function') return;
    const wrapped: Method = function wrapped(this: unknown, ...args) {
      const request = original.apply(this, args);
      const transaction = transactionOf(this);
      if (transaction.mode !== 'readwrite') return request;
      const seen = waves.get(transaction) ?? { answered: 0, deepest: 0 };
      waves.set(transaction, seen);
      const wave = seen.answered + 1;
      seen.deepest = Math.max(seen.deepest, wave);
      request.addEventListener('success', () => {
        seen.answered = Math.max(seen.answered, wave);
      });
      return request;
    };
    Reflect.set(proto, name, wrapped);
    restore.push(() => Reflect.set(proto, name, original));
  };
  const reads = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'];
  for (const name of [...reads, 'put', 'add', 'delete']) {
    wrap(IDBObjectStore.prototype, name, (store) => (store as IDBObjectStore).transaction);
  }
  for (const name of reads) {
    wrap(IDBIndex.prototype, name, (index) => (index as IDBIndex).objectStore.transaction);
  }
  return {
    deepest: () => Math.max(0, ...[...waves.values()].map((seen) => seen.deepest)),
    stop: () => restore.forEach((undo) => undo()),
  };
}
