// What the user has selected on the open map. Ephemeral UI state: never persisted. One node, one
// relationship, or several nodes (for bulk edits and deletes); the canvas, the table and the
// inspector all read the same value.

export type Selection =
  | { type: 'node'; id: string }
  | { type: 'relationship'; id: string }
  /** Two or more nodes, in the order they were picked. One node is always `type: 'node'`. */
  | { type: 'nodes'; ids: readonly string[] }
  | null;

export function isSameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  if (a.type === 'nodes' || b.type === 'nodes') {
    const left = selectedNodeIds(a);
    const right = selectedNodeIds(b);
    return (
      a.type === b.type &&
      left.length === right.length &&
      left.every((id, index) => id === right[index])
    );
  }
  return a.type === b.type && a.id === b.id;
}

/**
 * The selection of exactly these nodes (repeats dropped): nothing, one node, or several. Every
 * multi-node selection is built here, so a one-node "several" never reaches the UI.
 */
export function selectNodes(ids: readonly string[]): Selection {
  const unique = [...new Set(ids)];
  const [first] = unique;
  if (first === undefined) return null;
  if (unique.length === 1) return { type: 'node', id: first };
  return { type: 'nodes', ids: unique };
}

/** The ids of the selected nodes: none for a relationship or nothing. */
export function selectedNodeIds(selection: Selection): readonly string[] {
  if (selection?.type === 'node') return [selection.id];
  if (selection?.type === 'nodes') return selection.ids;
  return [];
}

export function isNodeSelected(selection: Selection, id: string): boolean {
  return selectedNodeIds(selection).includes(id);
}

/** Adds the node to the selected nodes, or takes it out if it is already there. */
export function toggleNode(selection: Selection, id: string): Selection {
  const ids = selectedNodeIds(selection);
  return selectNodes(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]);
}

/** Adds nodes to the selected nodes (a box drawn with Shift held adds to what was there). */
export function addNodes(selection: Selection, ids: readonly string[]): Selection {
  return selectNodes([...selectedNodeIds(selection), ...ids]);
}
