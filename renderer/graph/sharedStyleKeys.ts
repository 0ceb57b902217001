// One scratch record of style hashes for every element, instead of one each.
// When an element's style is worked out, Cytoscape hashes it group by group (body, border, label,
// edge line and so on: 22 groups) into a pair of numbers per group, kept on the element as
// `styleKeys`, and combines the pairs into the keys it goes on using (the element's style key,
// label keys, node key). The pairs themselves are read nowhere else: every one is made afresh at
// the start of the next working-out and read before it ends. Kept per element they came to 22
// small arrays and their record, about 1 KB an element, 5 MB of the 30 MB heap at 1,000 nodes
// and 4,000 edges. Here each element is handed the same scratch record before its style is
// worked out, so the pairs of the element worked out last are all that stay.
// It reaches into Cytoscape's internals, which are not public API: if the part it needs is
// missing, nothing is changed.

/** The part of a Cytoscape element's private state this replaces. */
interface HintedElement {
  _private: { styleKeys?: object };
}

type UpdateStyleHints = (this: unknown, element: HintedElement) => unknown;

interface StylePrototype {
  updateStyleHints: UpdateStyleHints;
}

/** Marks a prototype already given this, so it is given it once. */
const SHARES_KEYS = Symbol('stakemap.sharedStyleKeys');

function isStylePrototype(value: unknown): value is StylePrototype {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'updateStyleHints') === 'function'
  );
}

/**
 * Gives `prototype` (Cytoscape's style prototype, which every instance in the page shares) this
 * behaviour, once. Returns whether it has it.
 */
export function shareStyleKeyScratch(prototype: unknown): boolean {
  if (!isStylePrototype(prototype)) return false;
  if (Reflect.get(prototype, SHARES_KEYS) === true) return true;
  const updateStyleHints = prototype.updateStyleHints;
  const scratch = {};
  prototype.updateStyleHints = function (this: unknown, element: HintedElement) {
    element._private.styleKeys = scratch;
    return updateStyleHints.call(this, element);
  };
  Reflect.set(prototype, SHARES_KEYS, true);
  return true;
}
