// What the page and the layout worker say to each other.

import type { LayoutName } from './layoutCatalogue';
import type { LayoutGraph } from './layoutGraph';

export interface LayoutRequest {
  name: LayoutName;
  graph: LayoutGraph;
}

export type LayoutReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; positions: Float64Array }
  | { type: 'failed'; message: string };
