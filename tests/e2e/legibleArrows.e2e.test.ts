// Cytoscape's real canvas renderer leaves arrowheads out only where they would be too small to
// read (legibleArrows.ts), which depends on a part of it that is not public API: this pins that
// the adjustment takes hold in the Cytoscape the app ships. Pictures of the whole example map are
// drawn at two scales through Cytoscape's own png(), counting what its renderer draws.

import { describe, expect, test } from 'vitest';
import { useAppSession } from './support/session';
import { withoutChromium } from './support/chromium';
import { canvasCy, openExampleMap, waitForCanvasSize } from './support/editor';

interface Drawn {
  edges: number;
  arrowheads: number;
}

describe.skipIf(withoutChromium)('arrowheads on the canvas', () => {
  const session = useAppSession();

  test('are drawn at a readable scale and left out at overview scale, edges drawn either way', async () => {
    const { page } = session();
    await openExampleMap(page);
    await waitForCanvasSize(page);

    const cyHandle = await canvasCy(page);
    const drawnAt = (scale: number): Promise<Drawn> =>
      page.evaluate(
        ({ found, scale }) => {
          type Renderer = Record<string, (...args: unknown[]) => unknown>;
          type Cy = { png(options: object): string; renderer(): Renderer };
          const cy = found as Cy;
          const renderer = cy.renderer();
          const drawn = { edges: 0, arrowheads: 0 };
          const count = (name: string, key: keyof typeof drawn) => {
            const original = renderer[name];
            if (typeof original !== 'function') throw new Error(`The renderer has no ${name}.`);
            renderer[name] = (...args: unknown[]) => {
              drawn[key] += 1;
              return original.apply(renderer, args);
            };
            return () => void (renderer[name] = original);
          };
          const restore = [count('drawEdge', 'edges'), count('drawArrowShape', 'arrowheads')];
          try {
            cy.png({ full: true, scale });
          } finally {
            restore.forEach((undo) => undo());
          }
          return drawn;
        },
        { found: cyHandle, scale },
      );

    // At full size every directed relationship's arrowhead is drawn.
    const full = await drawnAt(1);
    expect(full.edges).toBeGreaterThan(0);
    expect(full.arrowheads).toBeGreaterThan(0);

    // At a tenth, an arrowhead would be about 3 pixels across: the edges are drawn, the
    // arrowheads are not.
    const overview = await drawnAt(0.1);
    expect(overview.edges).toBe(full.edges);
    expect(overview.arrowheads).toBe(0);
  });
});
