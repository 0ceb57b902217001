// Writing a map as .stakemap.json text: the current format version's envelope, records in the
// order given, keys in a fixed order, two-space indent. What is written here must read back
// through parseStakemapFile to the same records (tests/unit/format checks it for any bundle).

import type { MapBundle } from '../domain/types';
import { CURRENT_FORMAT_VERSION, STAKEMAP_FORMAT, type StakemapFile } from './fileTypes';
import {
  toFileAction,
  toFileInteraction,
  toFileMap,
  toFileMessage,
  toFileNode,
  toFileRelationship,
} from './fileRecords';

export interface SerializeMeta {
  exportedAt: string;
  appVersion: string;
  /** Set by a caller that has already left private fields out of the bundle. */
  redacted?: boolean;
}

export const APP_NAME = 'Stakemap';

export function fileFromBundle(bundle: MapBundle, meta: SerializeMeta): StakemapFile {
  return {
    format: STAKEMAP_FORMAT,
    version: CURRENT_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    app: { name: APP_NAME, version: meta.appVersion },
    redacted: meta.redacted ?? false,
    map: toFileMap(bundle.map),
    nodes: bundle.nodes.map(toFileNode),
    relationships: bundle.relationships.map(toFileRelationship),
    interactions: bundle.interactions.map(toFileInteraction),
    actions: bundle.actions.map(toFileAction),
    messages: bundle.messages.map(toFileMessage),
  };
}

export function serializeStakemapFile(bundle: MapBundle, meta: SerializeMeta): string {
  return `${JSON.stringify(fileFromBundle(bundle, meta), null, 2)}\n`;
}
