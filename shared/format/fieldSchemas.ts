// Building blocks for the record schemas: one zod schema per kind of field, each with the message
// a user reads when the field is wrong. Messages follow the field's path ("nodes[3].label: …"), so
// they start in lower case and say what was expected and what was found.

import { z } from 'zod';
import { isIsoDate, isIsoTimestamp } from './isoDate';
import { isPlainObject } from './jsonValues';
import { describeValue } from './problems';

interface FoundInput {
  input?: unknown;
}

function wrongType(expected: string): (issue: FoundInput) => string {
  return ({ input }) =>
    input === undefined
      ? `missing; expected ${expected}`
      : `expected ${expected}, but found ${describeValue(input)}`;
}

/** Required text; may be empty. */
export function text() {
  return z.string({ error: wrongType('text') });
}

/** Text that may be left out of a file: it reads as ''. */
export function optionalText() {
  return text().default('');
}

/** Text that must not be empty; `noun` names it for the message ("an id"). */
export function nonEmptyText(noun: string) {
  return z
    .string({ error: wrongType(`${noun} (text)`) })
    .min(1, { error: `${noun} cannot be empty` });
}

/** A record's id or a reference to one. */
export function identifier() {
  return nonEmptyText('an id');
}

const TIMESTAMP_EXAMPLE = '2010-01-19T10:00:00.000Z';
const DATE_EXAMPLE = '2010-01-28';

/** When something happened, to the millisecond, with a time zone. */
export function timestamp() {
  return z
    .string({ error: wrongType(`a date and time such as ${TIMESTAMP_EXAMPLE}`) })
    .refine(isIsoTimestamp, {
      error: ({ input }) =>
        `${describeValue(input)} is not a date and time; expected one such as ${TIMESTAMP_EXAMPLE}`,
    });
}

/** A calendar date or date-time that must be there. */
export function date() {
  return z.string({ error: wrongType(`a date such as ${DATE_EXAMPLE}`) }).refine(isIsoDate, {
    error: ({ input }) =>
      `${describeValue(input)} is not a date; expected one such as ${DATE_EXAMPLE}`,
  });
}

/** A date that may be unset (null) or left out. */
export function optionalDate() {
  return date().nullable().default(null);
}

/** One of a closed list of words; `noun` names the list for the message ("a node kind"). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  const expected = `one of ${values.join(', ')}`;
  return z.enum(values, {
    error: ({ input }) =>
      input === undefined
        ? `missing; expected ${noun} (${expected})`
        : `${describeValue(input)} is not ${noun}; expected ${expected}`,
  });
}

/** A choice that may be unset (null) or left out. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  noun: string,
) {
  return choice(values, noun).nullable().default(null);
}

/** An assessment score from 0 to 10, or null while not yet assessed. */
export function score() {
  const expected = 'a number from 0 to 10 (or null when not assessed)';
  const outOfRange = ({ input }: FoundInput) =>
    `${describeValue(input)} is out of range; expected ${expected}`;
  return z
    .number({ error: wrongType(expected) })
    .min(0, { error: outOfRange })
    .max(10, { error: outOfRange })
    .nullable()
    .default(null);
}

/** A relationship's strength: 1, 2 or 3; 2 when left out. */
export function strength() {
  return z
    .literal([1, 2, 3], {
      error: ({ input }) =>
        input === undefined
          ? 'missing; expected 1, 2 or 3'
          : `${describeValue(input)} is not a strength; expected 1, 2 or 3`,
    })
    .default(2);
}

/** A canvas coordinate: any finite number (JSON's 1e999 reads as Infinity, which is refused). */
export function coordinate() {
  return z.number({
    error: ({ input }) =>
      typeof input === 'number'
        ? `${describeValue(input)} is not a usable position; expected a finite number`
        : wrongType('a number')({ input }),
  });
}

export function flag(fallback: boolean) {
  return z.boolean({ error: wrongType('true or false') }).default(fallback);
}

/** A list of `items`; [] when left out. `noun` names the items for the message ("ids"). */
export function list<Item extends z.ZodType>(items: Item, noun: string) {
  return z.array(items, { error: wrongType(`a list of ${noun}`) }).default(() => []);
}

/** A list of text (tags); [] when left out. */
export function textList() {
  return list(text(), 'text');
}

/** A list of references to records; [] when left out. */
export function identifierList() {
  return list(identifier(), 'ids');
}

/** An object with a fixed set of fields; `noun` names it for the message ("a node"). */
export function record<Shape extends z.ZodRawShape>(shape: Shape, noun: string) {
  return z.object(shape, { error: wrongType(`${noun} (an object)`) });
}

/**
 * Names that would reach an object's prototype if a careless reader assigned them. A file that
 * uses one is refused, so no such key ever enters the app's data.
 */
const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Fields from other tools, kept as named text; {} when left out. */
export function extraFields() {
  const schema = z.unknown().transform((input, ctx): Record<string, string> => {
    const fields: Record<string, string> = {};
    if (!isPlainObject(input)) {
      ctx.issues.push({
        code: 'custom',
        input,
        message: `expected named text fields (an object), but found ${describeValue(input)}`,
      });
      return fields;
    }
    for (const key of Object.keys(input)) {
      const value = input[key];
      if (RESERVED_FIELD_NAMES.has(key)) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [key],
          message: `'${key}' cannot be used as a field name`,
        });
      } else if (typeof value !== 'string') {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [key],
          message: wrongType('text')({ input: value }),
        });
      } else {
        fields[key] = value;
      }
    }
    return fields;
  });
  return schema.default(() => ({}));
}
