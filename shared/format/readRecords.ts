// Reads the body of a file already at the current format version: the envelope fields and each
// record, one at a time, so that one bad record does not hide problems in the others. Every
// zod issue becomes a problem whose path starts from the file's root (`nodes[3].kind`).

import { z } from 'zod';
import type { FormatProblem, StakemapFile } from './fileTypes';
import { flag, optionalText, record, timestamp } from './fieldSchemas';
import { isPlainObject, ownField } from './jsonValues';
import { describeValue, problem, type PathSegment } from './problems';
import {
  actionSchema,
  interactionSchema,
  mapSchema,
  messageSchema,
  nodeSchema,
  relationshipSchema,
} from './recordSchemas';

/** One record as read: its raw id (for duplicate and reference checks) and, if valid, its value. */
export interface ReadRecord<T> {
  id: unknown;
  value: T | undefined;
}

export interface ReadCollections {
  nodes: ReadRecord<StakemapFile['nodes'][number]>[];
  relationships: ReadRecord<StakemapFile['relationships'][number]>[];
  interactions: ReadRecord<StakemapFile['interactions'][number]>[];
  actions: ReadRecord<StakemapFile['actions'][number]>[];
  messages: ReadRecord<StakemapFile['messages'][number]>[];
}

function issuesToProblems(prefix: readonly PathSegment[], error: z.ZodError): FormatProblem[] {
  return error.issues.map((issue) => problem([...prefix, ...issue.path], issue.message));
}

interface Times {
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
}

/** Timestamps a record left out become `fallback`: the best date the file offers. */
function withTimes<T extends Times>(
  record: T,
  fallback: string,
): T & { createdAt: string; updatedAt: string } {
  return {
    ...record,
    createdAt: record.createdAt ?? fallback,
    updatedAt: record.updatedAt ?? fallback,
  };
}

function readCollection<T extends Times>(
  raw: Record<string, unknown>,
  key: keyof ReadCollections,
  schema: z.ZodType<T>,
  fallbackTime: string,
  problems: FormatProblem[],
): ReadRecord<T & { createdAt: string; updatedAt: string }>[] {
  const items = ownField(raw, key);
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    problems.push(problem([key], `expected a list of ${key}, but found ${describeValue(items)}`));
    return [];
  }
  return items.map((item: unknown, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) problems.push(...issuesToProblems([key, index], parsed.error));
    return {
      id: isPlainObject(item) ? ownField(item, 'id') : undefined,
      value: parsed.success ? withTimes(parsed.data, fallbackTime) : undefined,
    };
  });
}

const envelopeFields = z.object({
  exportedAt: timestamp(),
  app: record({ name: optionalText(), version: optionalText() }, 'app details').prefault({}),
  redacted: flag(false),
});

const MISSING_TIME = '1970-01-01T00:00:00.000Z';

export interface ReadBody {
  problems: FormatProblem[];
  collections: ReadCollections;
  /** Present only when the body had no problems. */
  file: StakemapFile | undefined;
}

export function readBody(raw: Record<string, unknown>, version: StakemapFile['version']): ReadBody {
  const problems: FormatProblem[] = [];
  const envelope = envelopeFields.safeParse(raw);
  if (!envelope.success) problems.push(...issuesToProblems([], envelope.error));

  const time = envelope.success ? envelope.data.exportedAt : MISSING_TIME;
  const map = mapSchema.safeParse(ownField(raw, 'map'));
  if (!map.success) problems.push(...issuesToProblems(['map'], map.error));

  const collections: ReadCollections = {
    nodes: readCollection(raw, 'nodes', nodeSchema, time, problems),
    relationships: readCollection(raw, 'relationships', relationshipSchema, time, problems),
    interactions: readCollection(raw, 'interactions', interactionSchema, time, problems),
    actions: readCollection(raw, 'actions', actionSchema, time, problems),
    messages: readCollection(raw, 'messages', messageSchema, time, problems),
  };

  if (problems.length > 0 || !envelope.success || !map.success) {
    return { problems, collections, file: undefined };
  }
  const values = <T>(records: ReadRecord<T>[]): T[] =>
    records.flatMap((item) => (item.value === undefined ? [] : [item.value]));
  return {
    problems,
    collections,
    file: {
      format: 'stakemap',
      version,
      exportedAt: envelope.data.exportedAt,
      app: envelope.data.app,
      redacted: envelope.data.redacted,
      map: withTimes(map.data, time),
      nodes: values(collections.nodes),
      relationships: values(collections.relationships),
      interactions: values(collections.interactions),
      actions: values(collections.actions),
      messages: values(collections.messages),
    },
  };
}
