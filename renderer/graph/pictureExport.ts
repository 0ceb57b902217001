// Pictures of the map as drawn: PNG through Cytoscape's own renderer, SVG through readScene and
// sceneToSvg. Both show what the canvas shows (filter, dimming, colour by, size by), because both
// read the drawn elements rather than the records.

import type { Core, ExportBlobPromiseOptions } from 'cytoscape';
import { isHeadless } from './headless';
import { readScene } from './svgScene';
import { sceneToSvg, type MeasureText } from './svgWriter';

export interface PngExportOptions {
  /** Multiples of the map's size in CSS pixels, the same on every screen. */
  scale: 1 | 2 | 3 | 4;
  background: 'white' | 'transparent';
  /** The whole map (true) or just what the canvas shows now (false). */
  full: boolean;
}

export interface SvgExportOptions {
  background?: 'white' | 'transparent';
  /** The document's title, e.g. the map's name. */
  title?: string;
}

/** Browsers refuse canvases much larger than this on a side; bigger requests are scaled down. */
export const MAX_PNG_SIDE = 16384;

/**
 * The options for cy.png. Cytoscape multiplies the scale by the screen's pixel ratio, so it is
 * divided out here: 2× then means twice the map's CSS size on a laptop and on a 4K screen alike.
 */
export function pngOptions(
  request: PngExportOptions,
  drawn: { width: number; height: number },
  pixelRatio: number,
): ExportBlobPromiseOptions {
  const largest = Math.max(drawn.width, drawn.height) * request.scale;
  const scale = largest > MAX_PNG_SIDE ? (request.scale * MAX_PNG_SIDE) / largest : request.scale;
  return {
    output: 'blob-promise',
    full: request.full,
    scale: scale / (pixelRatio > 0 ? pixelRatio : 1),
    ...(request.background === 'white' ? { bg: '#FFFFFF' } : {}),
  };
}

export function exportPng(cy: Core, request: PngExportOptions): Promise<Blob> {
  if (isHeadless(cy)) {
    return Promise.reject(new Error('This window cannot draw the map, so it cannot make a PNG.'));
  }
  const box = cy.elements(':visible').boundingBox();
  const drawn = request.full
    ? { width: box.w, height: box.h }
    : { width: cy.width(), height: cy.height() };
  return cy.png(pngOptions(request, drawn, window.devicePixelRatio || 1));
}

export function exportSvg(cy: Core, options: SvgExportOptions = {}): string {
  return sceneToSvg(readScene(cy), {
    background: options.background ?? 'white',
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(isHeadless(cy) ? {} : canvasMeasure()),
  });
}

/** Measures labels with the browser's own text metrics, so wrapped lines break as on screen. */
function canvasMeasure(): { measure?: MeasureText } {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return {};
  return {
    measure: (text, style) => {
      context.font = `${style.fontWeight} ${style.fontSize}px ${style.fontFamily}`;
      return context.measureText(text).width;
    },
  };
}
