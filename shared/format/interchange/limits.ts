// How much an import will take on, so that a huge or hostile file gets a clear answer instead of
// a frozen window. Stakemap is built for thousands of nodes; these are far beyond that.

/** Nodes plus relationships in one file. */
export const MAX_ELEMENTS = 200_000;

/** JSON nesting: the formats here need fewer than ten levels. */
export const MAX_JSON_DEPTH = 64;

/** XML nesting: yEd's nested groups are the deepest real files go. */
export const MAX_XML_DEPTH = 200;

export function tooManyElements(found: number): string {
  return (
    `This file has ${found.toLocaleString('en-GB')} nodes and relationships; Stakemap imports at most ` +
    `${MAX_ELEMENTS.toLocaleString('en-GB')} from one file. Split it into smaller maps.`
  );
}
