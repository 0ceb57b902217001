// Turning a checked file into the records of a NEW map: the map gets the caller's id, name and
// time, and every record is stamped with that id. Record ids are kept, so relationships, owners
// and deliveries still point at the right nodes; they only need to be unique within a map.

import type { MapBundle } from '../domain/types';
import type { StakemapFile } from './fileTypes';
import {
  toFileAction,
  toFileInteraction,
  toFileMessage,
  toFileNode,
  toFileRelationship,
} from './fileRecords';

export interface ImportTarget {
  mapId: string;
  /** Defaults to the name in the file. */
  mapName?: string;
  /** When the new map is created. */
  now: string;
}

export function bundleFromFile(file: StakemapFile, target: ImportTarget): MapBundle {
  const { mapId } = target;
  return {
    map: {
      id: mapId,
      name: target.mapName ?? file.map.name,
      description: file.map.description,
      createdAt: target.now,
      updatedAt: target.now,
    },
    nodes: file.nodes.map((node) => ({ ...toFileNode(node), mapId })),
    relationships: file.relationships.map((rel) => ({ ...toFileRelationship(rel), mapId })),
    interactions: file.interactions.map((item) => ({ ...toFileInteraction(item), mapId })),
    actions: file.actions.map((action) => ({ ...toFileAction(action), mapId })),
    messages: file.messages.map((message) => ({ ...toFileMessage(message), mapId })),
  };
}
