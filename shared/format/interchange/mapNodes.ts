// Turns another tool's nodes into Stakemap nodes: decides each node's id, label, kind and
// position, applies its other fields (nodeFields.ts), and resolves owners once every node exists.
// Problems here are the ones that make the file ambiguous: a repeated id, a node with no name.

import { createNode } from '../../domain/nodes';
import type { Position, StakeNode } from '../../domain/types';
import type { NodeKind } from '../../domain/vocabulary';
import type { FormatProblem } from '../fileTypes';
import { describeValue, problem } from '../problems';
import { setField } from './extraFields';
import { EXPORT_NOTE_HEADER, extraNameFrom, nodeFieldOf, normaliseName } from './fieldNames';
import { fieldTitle, keepUnknown, noteReadAs, type FieldContext } from './fieldNotes';
import type { ForeignField, ForeignNode } from './foreign';
import { DEFAULT_NODE_KIND, kindFromType, typeTag, UNTYPED_NODE_KIND } from './kinds';
import { NODE_KIND_LABELS } from '../../domain/labels';
import { count } from './summaryNotes';
import { asText, readNumber } from './values';

export interface NodeIndex {
  nodes: StakeNode[];
  byId: Map<string, StakeNode>;
  /** Labels used by exactly one node; `null` marks a label two nodes share. */
  byLabel: Map<string, StakeNode | null>;
  /** Nodes the file gave no position, placed afterwards. */
  unplaced: StakeNode[];
}

export class UniqueIds {
  private readonly used = new Set<string>();
  private next = 1;
  constructor(private readonly prefix: string) {}
  take(id: string): void {
    this.used.add(id);
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  fresh(): string {
    while (this.used.has(`${this.prefix}${this.next}`)) this.next += 1;
    const id = `${this.prefix}${this.next}`;
    this.used.add(id);
    return id;
  }
}

interface Parts {
  id: string | null;
  idWhere: string;
  label: string | null;
  kind: ForeignField | null;
  owner: ForeignField | null;
  x: ForeignField | null;
  y: ForeignField | null;
  rest: ForeignField[];
}

function partsOf(ctx: FieldContext, node: ForeignNode): Parts {
  const parts: Parts = {
    id: node.id === '' ? null : node.id,
    idWhere: node.idWhere,
    label: node.label,
    kind: null,
    owner: null,
    x: null,
    y: null,
    rest: [],
  };
  for (const field of node.fields) {
    const id = nodeFieldOf(field.name);
    if (id === 'id') {
      const text = asText(field.value).trim();
      if (parts.id === null && text !== '') {
        parts.id = text;
        parts.idWhere = field.where;
        noteReadAs(ctx, field, 'the node id');
      }
    } else if (id === 'label') {
      if (parts.label === null || parts.label === '') {
        parts.label = asText(field.value);
        noteReadAs(ctx, field, 'the label');
      }
    } else if (id === 'kind') parts.kind = field;
    else if (id === 'owner') parts.owner = field;
    else if (id === 'x') parts.x = field;
    else if (id === 'y') parts.y = field;
    else parts.rest.push(field);
  }
  return parts;
}

/** "a person" / "people", "an organisation" / "organisations". */
export function kindPhrase(kind: NodeKind, n: number): string {
  const noun = NODE_KIND_LABELS[kind].toLowerCase();
  if (n !== 1) return kind === 'person' ? 'people' : `${noun}s`;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function kindOf(
  ctx: FieldContext,
  field: ForeignField | null,
  where: string,
): {
  kind: NodeKind;
  tag: string | null;
} {
  const text = field ? asText(field.value).trim() : '';
  if (!field || text === '') {
    ctx.notes.group(
      'notUnderstood',
      'untyped-node',
      where,
      (n, first) =>
        `${count(n, 'node has', 'nodes have')} no type (first at ${first}): imported as ` +
        `${kindPhrase(UNTYPED_NODE_KIND, n)}; change the kind in the table if needed`,
    );
    return { kind: UNTYPED_NODE_KIND, tag: null };
  }
  const kind = kindFromType(text);
  if (kind) {
    noteReadAs(ctx, field, 'the node kind');
    if (text.toLowerCase() !== kind) {
      ctx.notes.mapped(`Type '${text}' read as ${NODE_KIND_LABELS[kind].toLowerCase()}`);
    }
    return { kind, tag: null };
  }
  const tag = typeTag(text);
  ctx.notes.group(
    'notUnderstood',
    `type|${text}`,
    field.where,
    (n, first) =>
      `Type '${text}' is not a Stakemap kind: ${count(n, 'node')} (first at ${first}) imported as ` +
      `${kindPhrase(DEFAULT_NODE_KIND, n)} and tagged '${tag}'`,
  );
  return { kind: DEFAULT_NODE_KIND, tag };
}

function coordinate(ctx: FieldContext, node: StakeNode, field: ForeignField | null): number | null {
  if (!field || asText(field.value).trim() === '') return null;
  const read = readNumber(field.value);
  if (read.kind === 'bad') {
    setField(node.extra, field.name, asText(field.value));
    ctx.notes.group(
      'notUnderstood',
      `coordinate|${field.name}`,
      field.where,
      (n, first) =>
        `${fieldTitle(ctx, field)}: ${count(n, 'value')} not a number (first at ${first}); kept as an extra field`,
    );
    return null;
  }
  noteReadAs(ctx, field, 'the position on the canvas');
  return read.value;
}

export interface MapNodesInput {
  ctx: FieldContext;
  nodes: readonly ForeignNode[];
  labelsAreIds: boolean;
  now: string;
  problems: FormatProblem[];
  applyField: (node: StakeNode, field: ForeignField) => void;
  nodeIds: UniqueIds;
}

function firstSeen(seen: Map<string, string>, key: string, where: string): string | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, where);
  return first;
}

export function mapNodes(input: MapNodesInput): NodeIndex {
  const { ctx, problems } = input;
  const index: NodeIndex = { nodes: [], byId: new Map(), byLabel: new Map(), unplaced: [] };
  const allParts = input.nodes.map((node) => partsOf(ctx, node));
  for (const parts of allParts) if (parts.id !== null) input.nodeIds.take(parts.id);

  const idSeen = new Map<string, string>();
  const labelSeen = new Map<string, string>();
  const owners: { node: StakeNode; field: ForeignField }[] = [];

  input.nodes.forEach((foreign, i) => {
    const parts = allParts[i];
    if (!parts) return;
    const label = parts.label ?? parts.id;
    if (label === null || label.trim() === '') {
      problems.push(problem(foreign.where, 'this node has no label or id; give it a label'));
      return;
    }
    if (parts.id !== null) {
      const first = firstSeen(idSeen, parts.id, parts.idWhere);
      if (first !== undefined) {
        problems.push(
          problem(
            parts.idWhere,
            `${describeValue(parts.id)} is also the id at ${first}; every node needs its own id`,
          ),
        );
        return;
      }
    } else if (input.labelsAreIds) {
      const first = firstSeen(labelSeen, label, foreign.where);
      if (first !== undefined) {
        problems.push(
          problem(
            foreign.where,
            `${describeValue(label)} is also the label at ${first}; without an ID column labels ` +
              'name the nodes, so each must be different (or add an ID column)',
          ),
        );
        return;
      }
    }
    const { kind, tag } = kindOf(ctx, parts.kind, foreign.where);
    const node = createNode({
      id: parts.id ?? input.nodeIds.fresh(),
      mapId: '',
      kind,
      label,
      position: { x: 0, y: 0 },
      now: input.now,
    });
    if (tag) node.tags.push(tag);
    for (const field of parts.rest) input.applyField(node, field);
    if (parts.owner && asText(parts.owner.value).trim() !== '')
      owners.push({ node, field: parts.owner });
    const position = positionOf(ctx, node, foreign.position, parts);
    if (position) node.position = position;
    else index.unplaced.push(node);
    index.nodes.push(node);
    index.byId.set(node.id, node);
    index.byLabel.set(label, index.byLabel.has(label) ? null : node);
  });
  resolveOwners(ctx, index, owners);
  return index;
}

function positionOf(
  ctx: FieldContext,
  node: StakeNode,
  given: Position | null,
  parts: Parts,
): Position | null {
  if (given) return given;
  const x = coordinate(ctx, node, parts.x);
  const y = coordinate(ctx, node, parts.y);
  return x !== null && y !== null ? { x, y } : null;
}

/** An owner named by id or by a label only one node has; it must be a person. */
function resolveOwners(
  ctx: FieldContext,
  index: NodeIndex,
  owners: readonly { node: StakeNode; field: ForeignField }[],
): void {
  for (const { node, field } of owners) {
    const name = asText(field.value).trim();
    const owner = index.byId.get(name) ?? index.byLabel.get(name) ?? undefined;
    if (owner && owner.kind === 'person') {
      noteReadAs(ctx, field, "the stakeholder's owner");
      node.assessment.ownerId = owner.id;
      continue;
    }
    setField(node.extra, field.name, name);
    const why = owner ? 'is not a person' : 'is not a node in this file';
    ctx.notes.group(
      'notUnderstood',
      `owner|${why}`,
      field.where,
      (n, first) =>
        `${fieldTitle(ctx, field)}: ${count(n, 'owner')} ${why} (first at ${first}); kept as an extra field`,
    );
  }
}

/** Fields of a node that mapNodes leaves to nodeFields.ts, with the export note set aside. */
export function isExportNote(field: ForeignField): boolean {
  return normaliseName(field.name) === normaliseName(EXPORT_NOTE_HEADER);
}

export function applyOtherNodeField(
  ctx: FieldContext,
  node: StakeNode,
  field: ForeignField,
  apply: (id: NonNullable<ReturnType<typeof nodeFieldOf>>) => void,
): void {
  if (isExportNote(field)) return;
  const extraName = extraNameFrom(field.name);
  if (extraName !== undefined) {
    keepUnknown(ctx, node.extra, field, extraName);
    return;
  }
  const id = nodeFieldOf(field.name);
  if (id === undefined) keepUnknown(ctx, node.extra, field);
  else apply(id);
}
