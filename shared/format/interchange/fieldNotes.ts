// The summary's sentences about one field of a file: how it was read, values that were converted
// on the way, and values that did not fit and were kept as extra fields instead.

import type { ForeignField } from './foreign';
import { asText } from './values';
import { count, type SummaryNotes } from './summaryNotes';
import { setField } from './extraFields';

export interface FieldContext {
  notes: SummaryNotes;
  /** True where every value is text (CSV, XML): "7" for a number is then no news. */
  textValues: boolean;
  /** How this file's fields are named in sentences: "Column", "Attribute", "Key", "Field". */
  noun: string;
}

export function fieldTitle(ctx: FieldContext, field: ForeignField): string {
  return `${ctx.noun} '${field.title ?? field.name}'`;
}

export function noteReadAs(ctx: FieldContext, field: ForeignField, meaning: string): void {
  ctx.notes.mapped(`${fieldTitle(ctx, field)} read as ${meaning}`);
}

export function noteConverted(
  ctx: FieldContext,
  field: ForeignField,
  how: string,
  plain = false,
): void {
  if (plain && ctx.textValues) return;
  const example = `'${asText(field.value)}' → ${how}`;
  ctx.notes.group(
    'mapped',
    `converted|${field.name}|${how.split(' ')[0] ?? ''}`,
    field.where,
    (n, first) =>
      n === 1
        ? `${fieldTitle(ctx, field)}: ${example} (${first})`
        : `${fieldTitle(ctx, field)}: ${count(n, 'value')} converted, e.g. ${example} (first at ${first})`,
  );
}

/** Records the value as an extra field under its own name and says why. */
export function keepAsExtra(
  ctx: FieldContext,
  extra: Record<string, string>,
  field: ForeignField,
  expected: string,
): void {
  const value = asText(field.value);
  const kept = setField(extra, field.name, value);
  const fate = kept ? `kept as the extra field '${field.name}'` : 'left out';
  ctx.notes.group('notUnderstood', `bad|${field.name}`, field.where, (n, first) =>
    n === 1
      ? `${first}: '${value}' is not ${expected}; ${fate}`
      : `${fieldTitle(ctx, field)}: ${count(n, 'value')} not ${expected} (first at ${first}); ${fate}`,
  );
}

/** A field Stakemap has no place for: kept under its own name. */
export function keepUnknown(
  ctx: FieldContext,
  extra: Record<string, string>,
  field: ForeignField,
  name: string = field.name,
): void {
  // A blank cell is how a table says "no value": it makes no extra field.
  if (asText(field.value) === '') return;
  if (setField(extra, name, asText(field.value))) {
    const as = name === field.name ? 'an extra field' : `the extra field '${name}'`;
    ctx.notes.mapped(`${fieldTitle(ctx, field)} kept as ${as}`);
  } else {
    ctx.notes.notUnderstood(
      `${fieldTitle(ctx, field)} was left out: '${name}' cannot be used as a field name`,
    );
  }
}
