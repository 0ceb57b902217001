// Classes the canvas sets from UI state rather than from records. patchGraph keeps them when it
// rewrites an element's record classes, so a live-query update never drops a highlight.

/** The node chosen as the source while the user is connecting two nodes. */
export const CONNECT_SOURCE_CLASS = 'connect-source';

export const STATE_CLASSES: ReadonlySet<string> = new Set([CONNECT_SOURCE_CLASS]);
