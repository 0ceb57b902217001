// The native .stakemap.json envelope: the strict type of what Stakemap writes. What it reads is
// looser (see parseStakemapFile). The envelope's field names are persisted in users' files: do not
// rename one without a new format version and a migration.

import type {
  Action,
  Interaction,
  KeyMessage,
  Relationship,
  StakeMap,
  StakeNode,
} from '../domain/types';

/** The `format` marker that says a JSON file is ours. */
export const STAKEMAP_FORMAT = 'stakemap';

/** The version this build writes, and the newest it reads. Older versions are migrated. */
export const CURRENT_FORMAT_VERSION = 1;

/** The file name ending for native files, e.g. `Panel.stakemap.json`. */
export const STAKEMAP_FILE_EXTENSION = '.stakemap.json';

export type FileMap = StakeMap;
export type FileNode = Omit<StakeNode, 'mapId'>;
export type FileRelationship = Omit<Relationship, 'mapId'>;
export type FileInteraction = Omit<Interaction, 'mapId'>;
export type FileAction = Omit<Action, 'mapId'>;
export type FileMessage = Omit<KeyMessage, 'mapId'>;

export interface FileApp {
  name: string;
  version: string;
}

export interface StakemapFile {
  format: typeof STAKEMAP_FORMAT;
  version: typeof CURRENT_FORMAT_VERSION;
  exportedAt: string;
  app: FileApp;
  /** True when the exporter left private fields (contact details, notes) out. */
  redacted: boolean;
  map: FileMap;
  nodes: FileNode[];
  relationships: FileRelationship[];
  interactions: FileInteraction[];
  actions: FileAction[];
  messages: FileMessage[];
}

/**
 * One thing wrong with a file. `path` says where, in the form `nodes[12].kind`, or is '' when the
 * problem is with the file as a whole; `message` says what, in words a user understands.
 */
export interface FormatProblem {
  path: string;
  message: string;
}
