// Says in words what the canvas shows as selected, for the canvas's accessible description: a
// screen-reader user (and a browser test) hears the selection the picture shows.

import type { CollectionReturnValue } from 'cytoscape';

/** `selected`: what showSelection selected; only those Cytoscape shows as selected are named. */
export function describeSelected(selected: CollectionReturnValue): string {
  const shown = selected.filter((ele) => ele.selected());
  const nodes = shown.nodes();
  if (nodes.nonempty()) {
    const labels = nodes
      .map((node) => String(node.data('label') || '(no label)'))
      .sort((a, b) => a.localeCompare(b));
    return nodes.length === 1
      ? `Selected: ${labels.join('')}.`
      : `${nodes.length} nodes selected: ${labels.join(', ')}.`;
  }
  return shown.edges().nonempty() ? 'A relationship is selected.' : 'Nothing selected.';
}
