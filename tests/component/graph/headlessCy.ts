// A headless Cytoscape instance styled like the real canvas, for tests of the graph adapter.

import cytoscape, { type Core } from 'cytoscape';
import { GRAPH_STYLE } from '../../../renderer/graph/graphStyle';

export function headlessCy(): Core {
  return cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLE });
}
