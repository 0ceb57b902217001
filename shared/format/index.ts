// The native file format's public face: what the renderer and main process may use. Everything
// else in shared/format is a detail of reading and writing and may change without notice.

export {
  CURRENT_FORMAT_VERSION,
  STAKEMAP_FILE_EXTENSION,
  STAKEMAP_FORMAT,
  type FileAction,
  type FileApp,
  type FileInteraction,
  type FileMap,
  type FileMessage,
  type FileNode,
  type FileRelationship,
  type FormatProblem,
  type StakemapFile,
} from './fileTypes';
export { parseStakemapFile } from './parseStakemapFile';
export { serializeStakemapFile, type SerializeMeta } from './serializeStakemapFile';
export { bundleFromFile, type ImportTarget } from './bundleFromFile';
export { stakemapFileName } from './fileName';
export { MAX_REPORTED_PROBLEMS } from './problems';
export { redactBundle, REDACTION_NOTE } from './redactBundle';
