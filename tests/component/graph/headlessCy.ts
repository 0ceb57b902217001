// A headless Cytoscape instance styled like the real canvas, for tests of the graph adapter.

import cytoscape, { type Core } from 'cytoscape';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { GRAPH_STYLE } from '../../../renderer/graph/graphStyle';
import { patchGraph } from '../../../renderer/graph/patchGraph';
import { toElements } from '../../../renderer/graph/toElements';

export function headlessCy(): Core {
  return cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLE });
}

/** A headless instance showing these records, put on it as the editor's canvas does. */
export function headlessCyShowing(nodes: StakeNode[], relationships: Relationship[] = []): Core {
  const cy = headlessCy();
  patchGraph(cy, toElements(nodes, relationships));
  return cy;
}

/** Ada (a person) and Bureau (an organisation), 300 apart, joined by the relationship "ab". */
export function addTwoNodesAndTheirEdge(cy: Core): void {
  cy.add([
    { data: { id: 'a', label: 'Ada', kind: 'person' }, position: { x: 0, y: 0 } },
    { data: { id: 'b', label: 'Bureau', kind: 'organisation' }, position: { x: 300, y: 40 } },
    { data: { id: 'ab', source: 'a', target: 'b' } },
  ]);
}

/** Whether a batch is open on `cy`, holding its frames (Cytoscape's typings leave this out). */
export function isBatching(cy: Core): boolean {
  return (cy as unknown as { batching(): boolean }).batching();
}

/** Records, from now on, every event `cy` tells its renderer ('add', 'destroy', …). */
export function eventsToldRenderer(cy: Core): string[] {
  const told: string[] = [];
  const renderer = (cy as unknown as { renderer(): { notify(event: string): void } }).renderer();
  const notify = renderer.notify.bind(renderer);
  renderer.notify = (event: string) => {
    told.push(event);
    notify(event);
  };
  return told;
}
