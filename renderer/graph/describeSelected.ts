// Says in words what the canvas shows as selected, for the canvas's accessible description: a
// screen-reader user (and a browser test) hears the selection the picture shows.

import type { Core } from 'cytoscape';

export function describeSelected(cy: Core): string {
  const nodes = cy.nodes(':selected');
  if (nodes.nonempty()) {
    const labels = nodes
      .map((node) => String(node.data('label') || '(no label)'))
      .sort((a, b) => a.localeCompare(b));
    return nodes.length === 1
      ? `Selected: ${labels.join('')}.`
      : `${nodes.length} nodes selected: ${labels.join(', ')}.`;
  }
  return cy.edges(':selected').nonempty() ? 'A relationship is selected.' : 'Nothing selected.';
}
