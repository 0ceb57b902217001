// The views of a map beyond the network and the table, in tab order. Each is its own feature;
// listing them here is what keeps features from importing one another.

import { gridView } from '../features/planning/grid/definition';
import type { MapViewDefinition } from '../state/mapViews';

export const MAP_VIEWS: readonly MapViewDefinition[] = [gridView];
