// A small stand-in for the index Cytoscape gives every element.
// Cytoscape lets an element act as a collection of one, so it gives each its own Map from the
// element's id to its place ({ ele, index: 0 }): with the Map's hash table, about 200 bytes an
// element, 1 MB of the heap at 1,000 nodes and 4,000 edges. An element's index is only ever read
// (has, get); Cytoscape's collection methods could change it in place (merge, unmerge) if someone
// called them on an element itself. The stand-in answers reads from the one entry and turns into
// a real Map the moment anything changes it or walks it, so it behaves as the Map it replaces.
// It reaches into Cytoscape's internals, which are not public API: an element whose index is not
// the one Cytoscape made (a Map holding just that element) is left as it is.

interface Entry {
  ele: unknown;
  index: number;
}

/** What an element keeps of itself as a collection: its data (for its id) and its index. */
interface IndexedElement {
  _private: { data: { id: string }; map: unknown };
}

export class ElementIndex {
  private whole: Map<string, Entry> | null = null;
  private entry: Entry | null = null;

  constructor(
    private readonly id: string,
    private readonly ele: unknown,
  ) {}

  get size(): number {
    return this.whole?.size ?? 1;
  }

  has(key: string): boolean {
    return this.whole ? this.whole.has(key) : key === this.id;
  }

  get(key: string): Entry | undefined {
    if (this.whole) return this.whole.get(key);
    if (key !== this.id) return undefined;
    this.entry ??= { ele: this.ele, index: 0 };
    return this.entry;
  }

  set(key: string, entry: Entry): this {
    this.asMap().set(key, entry);
    return this;
  }

  delete(key: string): boolean {
    return this.asMap().delete(key);
  }

  clear(): void {
    this.asMap().clear();
  }

  forEach(visit: (entry: Entry, key: string, map: Map<string, Entry>) => void): void {
    this.asMap().forEach(visit);
  }

  keys(): MapIterator<string> {
    return this.asMap().keys();
  }

  values(): MapIterator<Entry> {
    return this.asMap().values();
  }

  entries(): MapIterator<[string, Entry]> {
    return this.asMap().entries();
  }

  [Symbol.iterator](): MapIterator<[string, Entry]> {
    return this.asMap().entries();
  }

  /** The real Map, made once something needs more than the one entry's reads. */
  private asMap(): Map<string, Entry> {
    this.whole ??= new Map([[this.id, this.get(this.id) as Entry]]);
    return this.whole;
  }
}

/** Whether `map` is the index Cytoscape made for `element`: a Map of just that element at 0. */
function isOwnIndex(map: unknown, element: IndexedElement): map is Map<string, Entry> {
  if (!(map instanceof Map) || map.size !== 1) return false;
  const entry: unknown = map.get(element._private.data.id);
  return (
    typeof entry === 'object' &&
    entry !== null &&
    Reflect.get(entry, 'ele') === element &&
    Reflect.get(entry, 'index') === 0
  );
}

/** Gives each of `elements` (just added to Cytoscape) the stand-in for its index. */
export function lightenElementIndexes(elements: ArrayLike<unknown>): void {
  for (let at = 0; at < elements.length; at += 1) {
    const element = elements[at] as IndexedElement;
    const state = element._private;
    if (isOwnIndex(state.map, element)) state.map = new ElementIndex(state.data.id, element);
  }
}
