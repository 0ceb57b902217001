// A map's size as the list and the delete question say it.

import { pluralise } from '../../components/relativeTime';
import type { MapSize } from '../../data/hooks';

/** "3 nodes" and "1 relationship". */
export function sizeInWords(size: MapSize): [nodes: string, relationships: string] {
  return [pluralise(size.nodeCount, 'node'), pluralise(size.relationshipCount, 'relationship')];
}
