// An element's first style set without telling its neighbours and caches, one property at a time,
// that it changed. Cytoscape styles an element when something first asks for its style, and after
// each property it sets, it marks the element's and its edges' style caches stale (gathering the
// edges into a new collection each time), marks the element's box stale and announces that, and
// asks for the drawing order to be worked out again. A map's opening styles every element for the
// first time: at 300 nodes and 900 edges that came to about 70 ms of the opening, profiled, most
// of it making collections and sending announcements nobody needs. Nothing before an element's
// first style can hold anything worked out from it: whatever reads an element's style (its box,
// its edges' paths, the drawing order) has it styled first. The new element reaches the renderer
// through its own 'add' and 'style' events.
// Kept: a new edge's bezier twins are still marked (adding a parallel edge bends the ones already
// drawn), and every later style change goes through Cytoscape's own checks, as do elements
// styled again after a stylesheet is replaced.
// It reaches into Cytoscape's internals, which are not public API: if the parts it needs are
// missing, nothing is changed.

/** The parts of a Cytoscape element's private state this reads and writes. */
interface ElementState {
  styleCache?: unknown;
}

interface StyledElement {
  _private: ElementState;
}

type ApplyContextStyle = (
  this: unknown,
  meta: unknown,
  style: unknown,
  element: StyledElement,
) => unknown;

type CheckTriggers = (
  this: StylePrototype,
  element: StyledElement,
  property: string,
  fromValue: unknown,
  toValue: unknown,
) => unknown;

interface StylePrototype {
  applyContextStyle: ApplyContextStyle;
  checkTriggers: CheckTriggers;
  checkParallelEdgesBoundsTrigger: CheckTriggers;
}

/** Marks a prototype already given this, so it is given it once. */
const GIVEN = Symbol('stakemap.firstStyleTriggers');

function isStylePrototype(value: unknown): value is StylePrototype {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['applyContextStyle', 'checkTriggers', 'checkParallelEdgesBoundsTrigger'].every(
      (name) => typeof Reflect.get(value, name) === 'function',
    )
  );
}

/** Every element that has been styled once; weak, so removed elements are not kept. */
const styledOnce = new WeakSet<ElementState>();

/** The element being styled for the first time, while its style is set. */
let styledFirst: ElementState | undefined;

/**
 * Gives `prototype` (Cytoscape's style prototype, which every instance in the page shares) this
 * behaviour, once. Returns whether it has it.
 */
export function skipTriggersOnFirstStyle(prototype: unknown): boolean {
  if (!isStylePrototype(prototype)) return false;
  if (Reflect.get(prototype, GIVEN) === true) return true;
  const { applyContextStyle, checkTriggers } = prototype;
  prototype.applyContextStyle = function (this: unknown, meta, style, element) {
    const state = element._private;
    if (styledOnce.has(state)) return applyContextStyle.call(this, meta, style, element);
    styledOnce.add(state);
    // Saved and put back: a style function reading another element's style styles it inside.
    const outer = styledFirst;
    styledFirst = state;
    try {
      return applyContextStyle.call(this, meta, style, element);
    } finally {
      styledFirst = outer;
    }
  };
  prototype.checkTriggers = function (this: StylePrototype, element, property, from, to) {
    if (element._private !== styledFirst)
      return checkTriggers.call(this, element, property, from, to);
    element._private.styleCache = null;
    return this.checkParallelEdgesBoundsTrigger(element, property, from, to);
  };
  Reflect.set(prototype, GIVEN, true);
  return true;
}
