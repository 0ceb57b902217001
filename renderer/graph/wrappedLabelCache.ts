// Node labels wrapped once, not every time Cytoscape looks at them. Labels are wrapped to a
// width ('text-wrap: wrap'), which Cytoscape does by measuring the label word by word. It means
// to keep the wrapped text until the label or its font changes: it compares the label's key with
// the key it wrapped for, but reads the label's key from the element's scratch record, where
// nothing ever puts it (Cytoscape 3.35 keeps it on the element's private state). So the key is
// always missing and every label is wrapped again each time its place is worked out (every node
// after a layout: a fifth of that task at 1,000 nodes) and each time it is drawn. Here the key
// is put where Cytoscape reads it, just before it reads it, and its own cache does the rest.
// It reaches into Cytoscape's renderer, which is not public API: if the renderer lacks the part
// it needs, nothing is changed.

import type { Core } from 'cytoscape';
import { rendererOf } from './cytoscapeRenderer';

/** The parts of a Cytoscape element's private state this reads and writes. */
interface LabelledElement {
  _private: Record<string, unknown> & { rscratch: Record<string, unknown> };
}

/** The part of Cytoscape's renderer (internal) this wraps. */
interface LabelRenderer {
  getLabelText(element: LabelledElement, prefix?: string): string;
}

function isLabelRenderer(value: unknown): value is LabelRenderer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'getLabelText') === 'function'
  );
}

/** Cytoscape's name for a label's property: `labelKey`, or `sourceLabelKey` for an edge's end. */
function keyName(prefix: string | undefined): string {
  return prefix ? `${prefix}LabelKey` : 'labelKey';
}

/** `renderer` is Cytoscape's own unless a test gives another. Returns whether it was changed. */
export function wrapLabelsOnce(cy: Core, renderer: unknown = rendererOf(cy)): boolean {
  if (!isLabelRenderer(renderer)) return false;
  const getLabelText = renderer.getLabelText;
  renderer.getLabelText = function labelText(element, prefix) {
    const name = keyName(prefix);
    const state = element._private;
    // The key changes with the label's text and every style that changes how it wraps (font,
    // size, maximum width, wrapping, transform), so the wrapped text is kept exactly as long as
    // it is right; a missing key (style not worked out yet) makes Cytoscape wrap afresh.
    state.rscratch[name] = state[name];
    return getLabelText.call(this, element, prefix);
  };
  return true;
}
