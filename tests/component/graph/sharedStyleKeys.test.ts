// Every element's style keys come out as Cytoscape works them out on its own, while the pairs of
// hashes behind them are kept once for all elements, not once per element (sharedStyleKeys.ts).
// The keys are read from Cytoscape before the style prototype is given the shared record, then
// again after; the prototype is shared by every instance in this test file's module graph only.

import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { shareStyleKeyScratch } from '../../../renderer/graph/sharedStyleKeys';
import { headlessCy } from './headlessCy';

/** The keys Cytoscape goes on using once an element's style is worked out. */
const KEYS = [
  'styleKey',
  'labelKey',
  'labelStyleKey',
  'labelDimsKey',
  'nodeKey',
  'sourceLabelStyleKey',
] as const;

interface ElementState {
  styleKeys: object;
  [key: string]: unknown;
}

const stateOf = (cy: Core, id: string): ElementState =>
  Reflect.get(cy.$id(id), '_private') as ElementState;

function keysOf(cy: Core): Record<string, unknown[]> {
  return Object.fromEntries(
    cy.elements().map((element) => {
      const state = stateOf(cy, element.id());
      return [element.id(), KEYS.map((key) => state[key])];
    }),
  );
}

/** Three nodes (two alike but for their labels) and two edges of different strengths. */
function smallMap(): Core {
  const cy = headlessCy();
  cy.add([
    { data: { id: 'a', label: 'Ada', size: 40, colour: '#336699' }, classes: 'kind-person' },
    { data: { id: 'b', label: 'Bea', size: 40, colour: '#336699' }, classes: 'kind-person' },
    {
      data: { id: 'c', label: 'Council', size: 60, colour: '#993366' },
      classes: 'kind-organisation',
    },
    { data: { id: 'ab', source: 'a', target: 'b', strength: 1, label: 'knows' } },
    { data: { id: 'bc', source: 'b', target: 'c', strength: 3, label: 'funds' } },
  ]);
  workOutStyles(cy);
  return cy;
}

/** Cytoscape works an element's style out when first asked for it. */
function workOutStyles(cy: Core): void {
  cy.elements().forEach((element) => {
    element.style('label');
  });
}

describe('shareStyleKeyScratch', () => {
  const unshared = smallMap();
  const cytoscapes = keysOf(unshared);
  const cytoscapesAfterRelabel = (() => {
    unshared.$id('a').data('label', 'Ada Lovelace');
    workOutStyles(unshared);
    return keysOf(unshared);
  })();
  unshared.destroy();

  const prototype: unknown = Object.getPrototypeOf(headlessCy().style());
  const given = shareStyleKeyScratch(prototype);

  it("gives Cytoscape's style prototype the shared record, once", () => {
    expect(given).toBe(true);
    expect(shareStyleKeyScratch(prototype)).toBe(true);
    expect(shareStyleKeyScratch({})).toBe(false);
  });

  it('keeps one record of hashes for all elements', () => {
    const cy = smallMap();
    const records = new Set(cy.elements().map((element) => stateOf(cy, element.id()).styleKeys));

    expect(records.size).toBe(1);
    cy.destroy();
  });

  it('works out the same keys as Cytoscape, different where the elements differ', () => {
    const cy = smallMap();
    const keys = keysOf(cy);

    expect(keys).toEqual(cytoscapes);
    // What the renderer's picture caches go on: alike nodes share a body, not a label.
    expect(stateOf(cy, 'a')['nodeKey']).toBe(stateOf(cy, 'b')['nodeKey']);
    expect(stateOf(cy, 'a')['labelKey']).not.toBe(stateOf(cy, 'b')['labelKey']);
    expect(stateOf(cy, 'a')['nodeKey']).not.toBe(stateOf(cy, 'c')['nodeKey']);
    expect(stateOf(cy, 'ab')['styleKey']).not.toBe(stateOf(cy, 'bc')['styleKey']);
    cy.destroy();
  });

  it("works a changed label's keys out again as Cytoscape does", () => {
    const cy = smallMap();
    const before = stateOf(cy, 'a')['labelKey'];

    cy.$id('a').data('label', 'Ada Lovelace');
    workOutStyles(cy);

    expect(stateOf(cy, 'a')['labelKey']).not.toBe(before);
    expect(keysOf(cy)).toEqual(cytoscapesAfterRelabel);
    cy.destroy();
  });
});
