// A headless Cytoscape instance styled like the real canvas, for tests of the graph adapter.

import cytoscape, { type Core } from 'cytoscape';
import { GRAPH_STYLE } from '../../../renderer/graph/graphStyle';
import { registerExtensions } from '../../../renderer/graph/registerExtensions';

export function headlessCy(): Core {
  registerExtensions();
  return cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLE });
}
