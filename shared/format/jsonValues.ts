// Safe looks into parsed JSON whose shape is not yet known: is it an object, and what does it hold
// under a key of its own (never a value inherited through a prototype).

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function ownField(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
