// Classes the canvas sets from UI state rather than from records. patchGraph keeps them when it
// rewrites an element's record classes, so a live-query update never drops a highlight.

/** The node chosen as the source while the user is connecting two nodes. */
export const CONNECT_SOURCE_CLASS = 'connect-source';
/** Left out by the filter or focus while the user chose to dim what does not match. */
export const FADED_CLASS = 'faded';
/** Left out by the filter or focus while the user chose to hide what does not match. */
export const FILTERED_OUT_CLASS = 'filtered-out';

export const STATE_CLASSES: ReadonlySet<string> = new Set([
  CONNECT_SOURCE_CLASS,
  FADED_CLASS,
  FILTERED_OUT_CLASS,
]);
