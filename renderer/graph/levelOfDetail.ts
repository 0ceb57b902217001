// How much the canvas draws for the size of the map it opens with. A typical map (a few hundred
// nodes) is drawn in full: curved edges, arrows at their ends, crisp on a high-density screen.
// A large one trades that detail for frames (issue 7): straight "haystack" edges with the arrow
// at their middle, edge labels only on the selected edge, one canvas pixel per CSS pixel, a still
// picture of the map while the view moves, edges hidden while a node is dragged, and its edges
// added in the frame after its nodes are drawn. The choice is made once, when the canvas is
// created. On maps of any size, what is too small to read at the current zoom is not drawn: node
// labels (the stylesheet's min-zoomed-font-size) and arrowheads (legibleArrows.ts).

/** Nodes and edges together from which a map counts as large (1,000 nodes and 4,000 edges). */
export const LARGE_MAP_ELEMENTS = 5000;

export function isLargeMap(nodeCount: number, edgeCount: number): boolean {
  return nodeCount + edgeCount >= LARGE_MAP_ELEMENTS;
}

/** Cytoscape's rendering options for a canvas of this size. */
export function renderingOptions(large: boolean) {
  return large
    ? {
        pixelRatio: 1,
        textureOnViewport: true,
        hideEdgesOnViewport: true,
        motionBlur: false,
      }
    : { motionBlur: false };
}
