// Reading one value from another tool into a Stakemap field. Each reader says what it made of the
// value: taken as it was, converted (with a note saying how), or not understood. Nothing throws.

import { isIsoDate } from '../isoDate';
import type { ForeignValue } from './foreign';

export type Read<T> =
  | { kind: 'ok'; value: T }
  /**
   * Converted from another form; `how` says into what. `plain` marks the ordinary text form of a
   * number or yes/no, which is only worth a note where the format has real numbers (JSON).
   */
  | { kind: 'converted'; value: T; how: string; plain?: boolean }
  | { kind: 'bad'; expected: string };

const ok = <T>(value: T): Read<T> => ({ kind: 'ok', value });
const converted = <T>(value: T, how: string): Read<T> => ({ kind: 'converted', value, how });
const plain = <T>(value: T, how: string): Read<T> => ({
  kind: 'converted',
  value,
  how,
  plain: true,
});
const bad = <T>(expected: string): Read<T> => ({ kind: 'bad', expected });

/** Text as a person would read it: lists joined with '|', numbers as written. */
export function asText(value: ForeignValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.join('|');
}

export function isBlank(value: ForeignValue): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object') return value.length === 0;
  return false;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A finite number, or text holding one ("7", " 7.5 ", and "7,5" as some locales write it). */
export function readNumber(value: ForeignValue): Read<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad('a number');
  if (typeof value !== 'string') return bad('a number');
  const text = value.trim();
  if (DECIMAL.test(text)) {
    const number = Number(text);
    return Number.isFinite(number) ? plain(number, 'a number') : bad('a number');
  }
  if (DECIMAL_COMMA.test(text)) return converted(Number(text.replace(',', '.')), 'a number');
  return bad('a number');
}

/** An assessment score: 0–10, or null for blank. */
export function readScore(value: ForeignValue): Read<number | null> {
  if (isBlank(value)) return ok(null);
  const number = readNumber(value);
  if (number.kind === 'bad') return bad('a number from 0 to 10');
  if (number.value < 0 || number.value > 10) return bad('a number from 0 to 10');
  return number;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);

export function readFlag(value: ForeignValue): Read<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (isBlank(value)) return ok(false);
  const word = asText(value).trim().toLowerCase();
  const how = (yes: boolean) => (word === String(yes) ? plain : converted);
  if (TRUE_WORDS.has(word)) return how(true)(true, 'yes');
  if (FALSE_WORDS.has(word)) return how(false)(false, 'no');
  return bad('yes or no (true/false)');
}

/** Tags: a list, or text with several values separated by '|' (Kumu's convention). */
export function readTags(value: ForeignValue): string[] {
  const items = Array.isArray(value) ? value : asText(value as ForeignValue).split('|');
  const tags = items.map((tag) => String(tag).trim()).filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** Turns "Local authority", "local_authority" or "LOCAL-AUTHORITY" into `local-authority`. */
export function vocabularyForm(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** One of a closed list, matched without case; `synonyms` maps other words to a value. */
export function readChoice<T extends string>(
  value: ForeignValue,
  values: readonly T[],
  synonyms: Readonly<Record<string, T>> = {},
): Read<T | null> {
  if (isBlank(value)) return ok(null);
  const text = asText(value);
  const form = vocabularyForm(text);
  const known = values.find((candidate) => candidate === form);
  const found = known ?? (Object.hasOwn(synonyms, form) ? synonyms[form] : undefined);
  if (found === undefined) return bad(`one of ${values.join(', ')}`);
  return text === found ? ok(found) : converted(found, `'${found}'`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoFrom(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDY_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const SPACED_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/;

/**
 * A calendar date. ISO 8601 is taken as it is; 28/01/2010 and 28 January 2010 are converted.
 * Numeric dates are read day first (as written in the UK) unless only month first makes sense.
 */
export function readDate(value: ForeignValue): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string') return bad('a date such as 2010-01-28');
  const text = value.trim();
  if (isIsoDate(text)) return ok(text);
  const spaced = SPACED_DATE_TIME.exec(text);
  if (spaced && isIsoDate(`${spaced[1]}T${spaced[2]}`)) {
    return converted(`${spaced[1]}T${spaced[2]}`, `${spaced[1]}T${spaced[2]}`);
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const dayFirst = isoFrom(year, second, first);
    if (dayFirst) return converted(dayFirst, `${dayFirst} (day first)`);
    const monthFirst = isoFrom(year, first, second);
    if (monthFirst) return converted(monthFirst, `${monthFirst} (month first)`);
    return bad('a date such as 2010-01-28');
  }
  const wordy = WORDY_DATE.exec(text);
  if (wordy) {
    const month = MONTHS.indexOf((wordy[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    const iso = month > 0 ? isoFrom(Number(wordy[3]), month, Number(wordy[1])) : null;
    if (iso) return converted(iso, iso);
  }
  return bad('a date such as 2010-01-28');
}
