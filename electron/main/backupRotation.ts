// Which backups of one map to keep: pure, so the rule is tested on its own. The newest
// KEEP_LATEST always stay (the last few hours of work), and for each of the last KEEP_DAYS days the
// newest backup of that day stays too (the state of the map at the end of each working day).

export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** 2026-11-27T03:29:05.123Z ⇄ 2026-11-27T03-29-05-123Z.stakemap.json (no ':' for Windows). */
export const BACKUP_SUFFIX = '.stakemap.json';
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.stakemap\.json$/;

export function backupFileNameFor(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}${BACKUP_SUFFIX}`;
}

/** When a backup file was written, from its name; null for files that are not backups. */
export function backupDateOf(fileName: string): Date | null {
  const match = STAMP.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The backup files to delete from one map's folder. Names that are not backups (temporary files,
 * anything a user put there) are never returned: this only ever deletes its own files.
 */
export function backupsToDelete(fileNames: readonly string[], now: Date): string[] {
  const dated = fileNames
    .map((fileName) => ({ fileName, date: backupDateOf(fileName) }))
    .filter((entry): entry is { fileName: string; date: Date } => entry.date !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime());

  const keep = new Set(dated.slice(0, KEEP_LATEST).map((entry) => entry.fileName));
  const daysSeen = new Set<string>();
  for (const { fileName, date } of dated) {
    if (now.getTime() - date.getTime() >= KEEP_DAYS * DAY_MS) continue;
    const day = date.toISOString().slice(0, 10);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(fileName);
  }
  return dated.filter((entry) => !keep.has(entry.fileName)).map((entry) => entry.fileName);
}
