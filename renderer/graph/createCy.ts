// Creates the one Cytoscape instance a GraphCanvas owns, with Stakemap's fixed options.

import cytoscape, { type Core } from 'cytoscape';
import { leaveBlankLayersUntouched } from './blankLayersUntouched';
import { readBoundsFromCache } from './cachedBounds';
import { redrawOnlyDragLayerForDraggedElements } from './dragLayerRedraw';
import { buildLayersAfterFirstFrame } from './firstFrameWithoutLayers';
import { skipTriggersOnFirstStyle } from './firstStyleTriggers';
import { GRAPH_STYLE, LARGE_GRAPH_STYLE } from './graphStyle';
import { skipLayersKnownTooLarge } from './layersTooLarge';
import { drawArrowsOnlyWhereLegible } from './legibleArrows';
import { renderingOptions } from './levelOfDetail';
import { keepMeasuredStyleClean } from './measuredStaysClean';
import { hitTestOnlyNearbyElements } from './nearbyHitTest';
import { shareStyleKeyScratch } from './sharedStyleKeys';
import { drawFromOtherScalesWithoutClearing } from './textureFallback';
import { wrapLabelsOnce } from './wrappedLabelCache';

/** `large`: the map it opens with is large, so it is drawn with less detail (levelOfDetail.ts). */
export function createCy(container: HTMLElement, { large = false } = {}): Core {
  const cy = cytoscape({
    container,
    ...renderingOptions(large),
    // Without a 2D canvas (jsdom, a hardened browser) Cytoscape's renderer throws. Headless, the
    // model, selection, events and layouts all still work, so the editor and its tests stay up;
    // only the drawing is missing, and the table view offers the same data.
    headless: !canDrawCanvas(),
    styleEnabled: true,
    style: large ? LARGE_GRAPH_STYLE : GRAPH_STYLE,
    // Only what the selection prop names is selected: taps and boxes are reported through
    // callbacks and come back as a prop (see showSelection). A box is drawn by dragging the
    // background with Shift, Ctrl or Cmd held; a plain drag still pans.
    selectionType: 'single',
    autounselectify: true,
    boxSelectionEnabled: true,
    minZoom: 0.05,
    maxZoom: 4,
  });
  redrawOnlyDragLayerForDraggedElements(cy);
  hitTestOnlyNearbyElements(cy);
  skipLayersKnownTooLarge(cy);
  drawArrowsOnlyWhereLegible(cy);
  drawFromOtherScalesWithoutClearing(cy);
  wrapLabelsOnce(cy);
  buildLayersAfterFirstFrame(cy);
  leaveBlankLayersUntouched(cy);
  const stylePrototype: unknown = Object.getPrototypeOf(cy.style());
  shareStyleKeyScratch(stylePrototype);
  skipTriggersOnFirstStyle(stylePrototype);
  const collectionPrototype: unknown = Object.getPrototypeOf(cy.collection());
  // In this order: the cache's fast path answers before any measuring would start.
  keepMeasuredStyleClean(collectionPrototype);
  readBoundsFromCache(collectionPrototype);
  return cy;
}

let canvasSupport: boolean | undefined;

function canDrawCanvas(): boolean {
  canvasSupport ??= Boolean(document.createElement('canvas').getContext('2d'));
  return canvasSupport;
}
