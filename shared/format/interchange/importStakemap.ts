// The native format through the same door as the others: a .stakemap.json file read with
// parseStakemapFile and made into the preview of a new map, with the same kind of summary.

import { NODE_KINDS, type NodeKind } from '../../domain/vocabulary';
import { ok } from '../../result';
import { bundleFromFile } from '../bundleFromFile';
import { parseStakemapFile } from '../parseStakemapFile';
import { PLACEHOLDER_TIME } from './mapGraph';
import { REDACTION_NOTE } from './redaction';
import { count } from './summaryNotes';
import type { ImportOptions, ImportResult } from './types';
import { guardImport } from './guard';

function readStakemap(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseStakemapFile(text);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const bundle = bundleFromFile(file, { mapId: '', now: options.now ?? PLACEHOLDER_TIME });
  const countsByKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<
    NodeKind,
    number
  >;
  for (const node of bundle.nodes) countsByKind[node.kind] += 1;
  const mapped = [
    `A Stakemap file (format version ${file.version}): every field is kept`,
    `${count(bundle.interactions.length, 'interaction')}, ${count(bundle.actions.length, 'action')} and ` +
      `${count(bundle.messages.length, 'key message')} come with it`,
  ];
  if (file.redacted) mapped.push(`The file says: "${REDACTION_NOTE}"`);
  return ok({
    bundle,
    summary: {
      countsByKind,
      relationships: bundle.relationships.length,
      mapped,
      notUnderstood: [],
    },
  });
}

/** Never throws: see guard.ts. */
export const importStakemap = guardImport(readStakemap);
