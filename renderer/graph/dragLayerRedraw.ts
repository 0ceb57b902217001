// While nodes are dragged, Cytoscape draws them (with their neighbours and edges) on a canvas layer
// of their own, so that the rest of the map, which is not changing, need not be drawn again each
// frame. But every move of the dragged node also reaches its renderer as a "bounds" notification,
// and the renderer answers every notification by marking the rest of the map for redrawing too.
// On a large map, where edges are hidden during a drag, that redrew every node on every frame:
// 5,000 of them made a drag run at 8–12 frames a second. This lets a notification that concerns
// only dragged elements redraw only the drag layer. It reaches into the renderer, which is not
// public API: if the renderer lacks what it needs, nothing is changed.

import type { Collection, Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { rendererOf } from './cytoscapeRenderer';

/** The parts of Cytoscape's canvas renderer (internal) this uses. */
interface CanvasRenderer {
  notify(eventName: string, eles?: Collection): void;
  redrawHint(group: 'drag', value: boolean): void;
  redraw(): void;
}

/** Notifications that only say where elements are, not what they look like or whether they exist. */
const GEOMETRY_EVENTS = new Set(['bounds', 'position']);

function isCanvasRenderer(value: unknown): value is CanvasRenderer {
  if (typeof value !== 'object' || value === null) return false;
  return ['notify', 'redrawHint', 'redraw'].every(
    (name) => typeof Reflect.get(value, name) === 'function',
  );
}

/** Whether Cytoscape draws this element on its drag layer: it is grabbed, or next to one that is. */
function onDragLayer(ele: SingularElementArgument): boolean {
  if (ele.isNode() && ele.grabbed()) return true;
  const scratch: unknown = Reflect.get(Reflect.get(ele, '_private') ?? {}, 'rscratch');
  return (
    typeof scratch === 'object' && scratch !== null && Reflect.get(scratch, 'inDragLayer') === true
  );
}

/** `renderer` is Cytoscape's own unless a test gives another. */
export function redrawOnlyDragLayerForDraggedElements(
  cy: Core,
  renderer: unknown = rendererOf(cy),
): void {
  if (!isCanvasRenderer(renderer)) return;
  // Styling an element sends a notification per property that changes its size, so opening a
  // large map sends a great many, none while a node is held: they go straight through, unexamined.
  const held = new Set<string>();
  cy.on('grab', 'node', (event) => void held.add((event.target as NodeSingular).id()));
  cy.on('free remove', 'node', (event) => void held.delete((event.target as NodeSingular).id()));
  const notify = renderer.notify.bind(renderer);
  renderer.notify = (eventName, eles) => {
    if (
      held.size > 0 &&
      GEOMETRY_EVENTS.has(eventName) &&
      eles !== undefined &&
      eles.nonempty() &&
      eles.toArray().every(onDragLayer)
    ) {
      renderer.redrawHint('drag', true);
      renderer.redraw();
      return;
    }
    notify(eventName, eles);
  };
}
