// Applies the fields of another tool's edge to a Stakemap relationship: kind, label, direction,
// text fields and attendance. Weights are gathered and turned into strengths for the whole file at
// once (strength.ts), because scaling needs every weight.

import type { Relationship } from '../../domain/types';
import { ATTENDANCE_STATUSES } from '../../domain/vocabulary';
import { edgeFieldOf, extraNameFrom, EXPORT_NOTE_HEADER, normaliseName } from './fieldNames';
import {
  fieldTitle,
  keepAsExtra,
  keepUnknown,
  noteConverted,
  noteReadAs,
  type FieldContext,
} from './fieldNotes';
import type { ForeignEdge, ForeignField } from './foreign';
import { relationshipKindFrom, UNTYPED_RELATIONSHIP_KIND } from './kinds';
import { asText, readChoice, readFlag, readTags } from './values';

const DIRECTIONS: Readonly<Record<string, boolean>> = {
  directed: true,
  'one-way': true,
  undirected: false,
  none: false,
  mutual: false,
  'two-way': false,
  both: false,
};

function applyDirection(ctx: FieldContext, rel: Relationship, field: ForeignField): void {
  const word = asText(field.value).trim().toLowerCase();
  if (word === '') return;
  if (!Object.hasOwn(DIRECTIONS, word)) {
    keepAsExtra(ctx, rel.extra, field, 'directed, undirected or mutual');
    return;
  }
  noteReadAs(ctx, field, 'whether a relationship is directed');
  rel.directed = DIRECTIONS[word] ?? true;
  if (word === 'mutual') {
    ctx.notes.group(
      'notUnderstood',
      'mutual',
      field.where,
      (n, first) =>
        `${n === 1 ? 'A mutual connection' : `${n} mutual connections`} (first at ${first}) became ` +
        'undirected: Stakemap has no two-way arrows',
    );
  }
}

export interface EdgeReading {
  weight: ForeignField | null;
}

/** Applies every field; returns the weight field, if any, for strength.ts. */
export function applyEdgeFields(
  ctx: FieldContext,
  rel: Relationship,
  edge: ForeignEdge,
): EdgeReading {
  let weight: ForeignField | null = null;
  let kind: ForeignField | null = null;
  let label: ForeignField | null = null;
  if (edge.directed !== null) rel.directed = edge.directed;

  for (const field of edge.fields) {
    if (normaliseName(field.name) === normaliseName(EXPORT_NOTE_HEADER)) continue;
    const extraName = extraNameFrom(field.name);
    if (extraName !== undefined) {
      keepUnknown(ctx, rel.extra, field, extraName);
      continue;
    }
    const id = edgeFieldOf(field.name);
    switch (id) {
      case 'id':
      case 'source':
      case 'target':
        break;
      case 'kind':
        kind = field;
        break;
      case 'label':
        label = field;
        break;
      case 'strength':
        weight = field;
        break;
      case 'direction':
        applyDirection(ctx, rel, field);
        break;
      case 'directed': {
        const read = readFlag(field.value);
        if (read.kind === 'bad') keepAsExtra(ctx, rel.extra, field, read.expected);
        else {
          noteReadAs(ctx, field, 'whether a relationship is directed');
          rel.directed = read.value;
        }
        break;
      }
      case 'description':
        noteReadAs(ctx, field, "a relationship's description");
        rel.description = asText(field.value);
        break;
      case 'notes':
        noteReadAs(ctx, field, "a relationship's notes");
        rel.notes = asText(field.value);
        break;
      case 'tags':
        noteReadAs(ctx, field, "a relationship's tags");
        rel.tags = readTags(field.value);
        break;
      case 'attendance': {
        const read = readChoice(field.value, ATTENDANCE_STATUSES);
        if (read.kind === 'bad') keepAsExtra(ctx, rel.extra, field, read.expected);
        else {
          noteReadAs(ctx, field, 'attendance at an event');
          if (read.kind === 'converted') noteConverted(ctx, field, read.how, read.plain);
          rel.attendance = read.value;
        }
        break;
      }
      default:
        keepUnknown(ctx, rel.extra, field);
    }
  }
  applyKindAndLabel(ctx, rel, kind, label, edge.where);
  return { weight };
}

/** The kind comes from a type field; without one, an edge's label names its kind (as in Gephi). */
function applyKindAndLabel(
  ctx: FieldContext,
  rel: Relationship,
  kind: ForeignField | null,
  label: ForeignField | null,
  where: string,
): void {
  const kindText = kind ? asText(kind.value).trim() : '';
  const labelText = label ? asText(label.value) : '';
  if (kind && kindText !== '') {
    noteReadAs(ctx, kind, 'the relationship kind');
    rel.kind = relationshipKindFrom(kindText);
    if (label) {
      noteReadAs(ctx, label, "a relationship's label");
      const sameAsKind = normaliseName(labelText) === normaliseName(rel.kind);
      rel.label = sameAsKind ? '' : labelText;
    }
  } else if (label && labelText.trim() !== '') {
    ctx.notes.mapped(`${fieldTitle(ctx, label)} read as the relationship kind (there is no type)`);
    rel.kind = relationshipKindFrom(labelText);
  } else {
    rel.kind = UNTYPED_RELATIONSHIP_KIND;
    ctx.notes.group(
      'notUnderstood',
      'untyped-edge',
      where,
      (n, first) =>
        `${n === 1 ? 'A relationship has' : `${n} relationships have`} no type (first at ${first}): ` +
        `imported with the kind '${UNTYPED_RELATIONSHIP_KIND}'`,
    );
  }
}
