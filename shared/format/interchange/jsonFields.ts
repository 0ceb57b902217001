// Flat fields as JSON values for the JSON exporters (Kumu, Cytoscape.js): numbers stay numbers,
// yes/no stays true/false, tags stay lists. Objects are built with defineProperty, so a field
// name from a user's data can never reach a prototype.

import type { FlatColumn, FlatValue } from './flatten';
import { RESERVED_NAMES } from './fieldNames';

export type JsonField = string | number | boolean | string[];

function jsonOf(value: FlatValue): JsonField {
  return typeof value === 'object' ? [...value] : value;
}

export function setJson(target: Record<string, unknown>, name: string, value: unknown): void {
  if (RESERVED_NAMES.has(name)) return;
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Adds each column with a value to `target`, under the column's `name` or `header`. */
export function addFields<Item>(
  target: Record<string, unknown>,
  item: Item,
  columns: readonly FlatColumn<Item>[],
  naming: 'name' | 'header',
): Record<string, unknown> {
  for (const column of columns) {
    const value = column.value(item);
    if (value !== undefined) setJson(target, column[naming], jsonOf(value));
  }
  return target;
}
