// Cytoscape's collection prototype, as the shortcuts that wrap its boundingBox see it
// (cachedBounds.ts, measuredStaysClean.ts). Every Cytoscape instance in the page shares it.

/** boundingBox as Cytoscape defines it: `this` is the collection, the elements its entries. */
export type BoundingBox<Element> = (this: ArrayLike<Element>, options?: unknown) => unknown;

export interface CollectionPrototype<Element> {
  boundingBox: BoundingBox<Element>;
}

/** Whether `value` has a boundingBox to wrap; what else it holds is not checked. */
export function isCollectionPrototype<Element>(
  value: unknown,
): value is CollectionPrototype<Element> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'boundingBox') === 'function'
  );
}
