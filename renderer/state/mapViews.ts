// The contract between the map editor and the extra views of a map (grid, calendar, messages…).
// Views are separate features; app/ hands them to the editor as definitions, so no feature
// imports another.

import type { ReactNode } from 'react';
import type { ColourBy } from '../graph/attributeStyles';
import type { Relationship, StakeMap, StakeNode } from '@shared/domain/types';
import type { Selection } from './selection';

/** A set of nodes another view asks the network view to show, with words saying why. */
export interface MapScope {
  label: string;
  nodeIds: ReadonlySet<string>;
}

export interface MapViewContext {
  map: StakeMap;
  nodes: readonly StakeNode[];
  relationships: readonly Relationship[];
  nodesById: ReadonlyMap<string, StakeNode>;
  /** What the filter panel and focus leave visible; null when everything is. */
  visibleIds: ReadonlySet<string> | null;
  /** The network view's "colour by": views that draw nodes colour them the same way. */
  colourBy: ColourBy;
  selection: Selection;
  select(selection: Selection): void;
  /** Narrows the network and table views to these nodes (or clears with null) and shows them. */
  showInNetwork(scope: MapScope | null): void;
}

export interface MapViewDefinition {
  id: string;
  label: string;
  render(context: MapViewContext): ReactNode;
}
