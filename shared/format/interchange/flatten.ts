// Stakemap's nodes and relationships as flat named values, for formats that hold a list of fields
// per node or edge (CSV columns, GEXF attributes, GraphML keys, Cytoscape data). Every exporter
// writes these; every importer reads them back through fieldNames.ts, so a round trip keeps them.

import type { Relationship, StakeNode } from '../../domain/types';
import {
  EDGE_FIELD_NAMES,
  edgeFieldOf,
  extraFieldName,
  NODE_FIELD_NAMES,
  nodeFieldOf,
  type EdgeFieldId,
  type NodeFieldId,
} from './fieldNames';

export type FlatValue = string | number | boolean | readonly string[];
export type FlatType = 'string' | 'number' | 'boolean' | 'list';

/** One exported field: its name in the file, its type and its value (undefined: not set). */
export interface FlatColumn<Item> {
  name: string;
  header: string;
  type: FlatType;
  value: (item: Item) => FlatValue | undefined;
}

const text = (value: string): string | undefined => (value === '' ? undefined : value);
const maybe = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

type NodeValue = (node: StakeNode) => FlatValue | undefined;

/** Node fields in the order they are written; id and label are written by each format itself. */
const NODE_VALUES: readonly [NodeFieldId, FlatType, NodeValue][] = [
  ['kind', 'string', (n) => n.kind],
  ['description', 'string', (n) => text(n.description)],
  ['tags', 'list', (n) => (n.tags.length > 0 ? n.tags : undefined)],
  ['influence', 'number', (n) => maybe(n.assessment.influence)],
  ['interest', 'number', (n) => maybe(n.assessment.interest)],
  ['engagementCurrent', 'string', (n) => maybe(n.assessment.engagementCurrent)],
  ['engagementTarget', 'string', (n) => maybe(n.assessment.engagementTarget)],
  ['sector', 'string', (n) => text(n.assessment.sector)],
  ['owner', 'string', (n) => maybe(n.assessment.ownerId)],
  ['role', 'string', (n) => text(n.person?.role ?? '')],
  ['email', 'string', (n) => text(n.person?.email ?? '')],
  ['phone', 'string', (n) => text(n.person?.phone ?? '')],
  ['involvement', 'string', (n) => maybe(n.person?.involvement)],
  ['doNotContact', 'boolean', (n) => (n.person?.doNotContact ? true : undefined)],
  ['organisationType', 'string', (n) => maybe(n.organisation?.type)],
  ['website', 'string', (n) => text(n.organisation?.website ?? '')],
  ['communityScope', 'string', (n) => maybe(n.community?.scope)],
  ['platformLink', 'string', (n) => text(n.community?.platformLink ?? '')],
  ['eventStart', 'string', (n) => maybe(n.event?.start)],
  ['eventEnd', 'string', (n) => maybe(n.event?.end)],
  ['location', 'string', (n) => text(n.event?.location ?? '')],
  ['eventStatus', 'string', (n) => maybe(n.event?.status)],
  ['channelType', 'string', (n) => maybe(n.channel?.type)],
  ['link', 'string', (n) => text(n.channel?.link ?? '')],
  ['notes', 'string', (n) => text(n.notes)],
];

type EdgeValue = (rel: Relationship) => FlatValue | undefined;

/** Relationship fields beyond id, ends, direction and strength, which each format places itself. */
const EDGE_VALUES: readonly [EdgeFieldId, FlatType, EdgeValue][] = [
  ['kind', 'string', (r) => r.kind],
  ['label', 'string', (r) => text(r.label)],
  ['description', 'string', (r) => text(r.description)],
  ['tags', 'list', (r) => (r.tags.length > 0 ? r.tags : undefined)],
  ['attendance', 'string', (r) => maybe(r.attendance)],
  ['notes', 'string', (r) => text(r.notes)],
];

function extraColumns<Item extends { extra: Record<string, string> }>(
  items: readonly Item[],
  isKnown: (name: string) => boolean,
): FlatColumn<Item>[] {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.extra)) names.add(name);
  return [...names].map((name) => {
    const written = extraFieldName(name, isKnown);
    return {
      name: written,
      header: written,
      type: 'string' as const,
      value: (item: Item) => (Object.hasOwn(item.extra, name) ? item.extra[name] : undefined),
    };
  });
}

/** Columns that at least one item has a value for (kind always), then the extra fields. */
function usedColumns<Item extends { extra: Record<string, string> }, Id extends string>(
  items: readonly Item[],
  values: readonly [Id, FlatType, (item: Item) => FlatValue | undefined][],
  names: Readonly<Record<Id, { key: string; header: string }>>,
  isKnown: (name: string) => boolean,
): FlatColumn<Item>[] {
  const known = values
    .filter(([id, , value]) => id === 'kind' || items.some((item) => value(item) !== undefined))
    .map(([id, type, value]) => ({ name: names[id].key, header: names[id].header, type, value }));
  return [...known, ...extraColumns(items, isKnown)];
}

export function nodeColumns(nodes: readonly StakeNode[]): FlatColumn<StakeNode>[] {
  return usedColumns(
    nodes,
    NODE_VALUES,
    NODE_FIELD_NAMES,
    (name) => nodeFieldOf(name) !== undefined,
  );
}

export function edgeColumns(relationships: readonly Relationship[]): FlatColumn<Relationship>[] {
  return usedColumns(
    relationships,
    EDGE_VALUES,
    EDGE_FIELD_NAMES,
    (name) => edgeFieldOf(name) !== undefined,
  );
}

/** A flat value as text: lists joined with '|', as Kumu's spreadsheets write them. */
export function flatText(value: FlatValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.join('|');
}
