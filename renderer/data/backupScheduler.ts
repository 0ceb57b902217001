// When to back a map up on the desktop: some seconds after its last change (so a burst of edits
// makes one backup, not fifty), at once when the editor closes, and, at start-up, for every map
// changed since its newest backup (the app may have been killed before its timer fired). Pure
// timing: what a backup is and where it goes are injected.

export const BACKUP_DELAY_MS = 5_000;

export interface BackupSchedulerDeps {
  /** Writes one map's backup; a rejection is reported and the map is tried again next change. */
  backUp(mapId: string): Promise<void>;
  onError(mapId: string, error: unknown): void;
  delayMs?: number;
  setTimer?: (run: () => void, delayMs: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface BackupScheduler {
  /** A map changed: back it up once it has been quiet for the delay. */
  changed(mapId: string): void;
  /** Back this map up now if a backup is waiting (the editor closed). */
  flush(mapId: string): Promise<void>;
  /** Back every waiting map up now (the window is going away). */
  flushAll(): Promise<void>;
  /** Maps waiting for their backup. */
  pending(): string[];
  dispose(): void;
}

export function createBackupScheduler(deps: BackupSchedulerDeps): BackupScheduler {
  const delay = deps.delayMs ?? BACKUP_DELAY_MS;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const timers = new Map<string, unknown>();
  let disposed = false;

  const run = async (mapId: string): Promise<void> => {
    const timer = timers.get(mapId);
    if (timer === undefined) return;
    clearTimer(timer);
    timers.delete(mapId);
    try {
      await deps.backUp(mapId);
    } catch (error) {
      deps.onError(mapId, error);
    }
  };

  return {
    changed(mapId) {
      if (disposed) return;
      const existing = timers.get(mapId);
      if (existing !== undefined) clearTimer(existing);
      timers.set(
        mapId,
        setTimer(() => void run(mapId), delay),
      );
    },
    flush: run,
    async flushAll() {
      await Promise.all([...timers.keys()].map(run));
    },
    pending: () => [...timers.keys()],
    dispose() {
      disposed = true;
      for (const timer of timers.values()) clearTimer(timer);
      timers.clear();
    },
  };
}

export interface MapVersion {
  id: string;
  updatedAt: string;
}

/** Maps whose current version is not the one their newest backup holds. */
export function mapsNeedingBackup(
  maps: readonly MapVersion[],
  backedUp: ReadonlyMap<string, string>,
): string[] {
  return maps.filter((map) => backedUp.get(map.id) !== map.updatedAt).map((map) => map.id);
}

/** Maps that changed between two readings of the maps table (new maps count as changed). */
export function changedMaps(
  before: ReadonlyMap<string, string>,
  after: readonly MapVersion[],
): string[] {
  return after.filter((map) => before.get(map.id) !== map.updatedAt).map((map) => map.id);
}
