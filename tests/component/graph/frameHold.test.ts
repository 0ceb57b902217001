// Holding a canvas's frames (frameHold.ts): a batch open until every hold is released, and never
// left open by the canvas's destruction.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdFrames } from '../../../renderer/graph/frameHold';
import { eventsToldRenderer, headlessCy, isBatching } from './headlessCy';

let cy: Core;

beforeEach(() => {
  cy = headlessCy();
});

afterEach(() => {
  cy.destroy();
});

describe('holdFrames', () => {
  it('holds the frames until released, and a second release changes nothing', () => {
    const release = holdFrames(cy);
    expect(isBatching(cy)).toBe(true);

    release();
    release();

    expect(isBatching(cy)).toBe(false);
  });

  it('holds while any hold is open, released in either order', () => {
    const first = holdFrames(cy);
    const second = holdFrames(cy);

    first();
    expect(isBatching(cy)).toBe(true);
    second();
    expect(isBatching(cy)).toBe(false);
  });

  it('tells the renderer what changed while held once released', () => {
    const told = eventsToldRenderer(cy);
    const release = holdFrames(cy);
    cy.add({ data: { id: 'a' } });
    expect(told).not.toContain('add');

    release();

    expect(told).toContain('add');
  });

  it('releases every hold before the canvas is destroyed, so its renderer hears of it', () => {
    const told = eventsToldRenderer(cy);
    const release = holdFrames(cy);
    holdFrames(cy);

    cy.destroy();

    expect(told).toContain('destroy');
    expect(cy.destroyed()).toBe(true);
    expect(() => release()).not.toThrow();
  });

  it("puts the canvas's own destroy back once nothing holds it", () => {
    const own = cy.destroy;
    holdFrames(cy)();

    expect(Object.prototype.hasOwnProperty.call(cy, 'destroy')).toBe(false);
    expect(cy.destroy).toBe(own);
  });
});
