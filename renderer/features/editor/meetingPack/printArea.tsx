// The one place a meeting pack waits to be printed: a container beside the app's root, shown only
// by the print stylesheet. It outlives the Export dialog that made it, because the browser's print
// dialog may still be reading it; it goes when printing is over or a newer pack replaces it.

import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

export interface PrintArea {
  element: HTMLElement;
  /** Resolves when every picture in the pack is decoded, so none prints as a blank box. */
  ready: Promise<void>;
  remove(): void;
}

let current: PrintArea | null = null;

async function picturesDecoded(element: HTMLElement): Promise<void> {
  const pictures = [...element.querySelectorAll('img')];
  // A picture that cannot be decoded fails the pack: better an error than a blank map on paper.
  await Promise.all(
    pictures.map((picture) =>
      picture.decode().catch(() => {
        throw new Error('The picture of the map could not be prepared for printing.');
      }),
    ),
  );
}

/**
 * Puts `document` in the page, replacing any pack already there, ready to print. It removes
 * itself when the page has been printed (the browser's print dialog closing), or on remove().
 */
export function showForPrint(document: ReactElement): PrintArea {
  current?.remove();
  const element = window.document.createElement('div');
  element.className = 'print-area';
  element.dataset.printArea = '';
  window.document.body.append(element);
  const root: Root = createRoot(element);
  flushSync(() => root.render(document));
  let removed = false;
  const area: PrintArea = {
    element,
    ready: picturesDecoded(element),
    remove() {
      if (removed) return;
      removed = true;
      window.removeEventListener('afterprint', afterPrint);
      if (current === area) current = null;
      root.unmount();
      element.remove();
    },
  };
  // Registered before printing starts: browsers fire it before print() returns.
  const afterPrint = () => area.remove();
  window.addEventListener('afterprint', afterPrint);
  current = area;
  return area;
}

/** The pack in the page now, if any. */
export function currentPrintArea(): PrintArea | null {
  return current;
}
