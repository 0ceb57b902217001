// What the user has selected on the open map. Ephemeral UI state: never persisted.

export type Selection = { type: 'node'; id: string } | { type: 'relationship'; id: string } | null;

export function isSameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && a.id === b.id;
}
