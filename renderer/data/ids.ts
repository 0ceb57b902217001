// Identifiers for new records. Random UUIDs, so maps merged or imported never collide.

export function newId(): string {
  return crypto.randomUUID();
}

export function nowTimestamp(): string {
  return new Date().toISOString();
}
