// Writing fields with names that come from a file into a record: never by plain assignment, so a
// name such as '__proto__' can never reach a prototype; reserved names are refused outright.

import { RESERVED_NAMES } from './fieldNames';

/** Sets `name` as an ordinary own field; returns false for a reserved name, which is not set. */
export function setField(target: Record<string, string>, name: string, value: string): boolean {
  if (RESERVED_NAMES.has(name)) return false;
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return true;
}
