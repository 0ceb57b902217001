// Every layout as one pure function of the graph: what the layout worker runs, and what the tests
// run in Node.

import { forceLayout } from './forceLayout';
import { circleLayout, concentricLayout, gridLayout, hierarchyLayout } from './geometricLayouts';
import type { LayoutName } from './layoutCatalogue';
import type { LayoutGraph } from './layoutGraph';

/** New positions (x0, y0, x1, y1, …) in the graph's node order. */
export function computeLayout(
  name: LayoutName,
  graph: LayoutGraph,
  onProgress: (fraction: number) => void = () => {},
): Float64Array {
  switch (name) {
    case 'force':
      return forceLayout(graph, onProgress);
    case 'grid':
      return gridLayout(graph);
    case 'circle':
      return circleLayout(graph);
    case 'concentric':
      return concentricLayout(graph);
    case 'hierarchy':
      return hierarchyLayout(graph);
  }
}
