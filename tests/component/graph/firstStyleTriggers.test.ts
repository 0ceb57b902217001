// An element's first style is set without Cytoscape's per-property announcements, and comes out
// as Cytoscape's own (firstStyleTriggers.ts). Each test gives the behaviour to one instance's style
// object only, so the prototype every other test file's Cytoscape uses is left as it is; the
// browser suite checks the app's. Headless Cytoscape has no renderer: boxes here are bodies,
// labels and edges between node centres, which is what these checks need.

import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { skipTriggersOnFirstStyle } from '../../../renderer/graph/firstStyleTriggers';

const STYLE: StylesheetJson = [
  { selector: 'node', style: { width: 20, height: 20, label: 'data(label)' } },
  { selector: 'node.large', style: { width: 80, height: 80 } },
  { selector: 'node.hidden', style: { display: 'none' } },
  { selector: 'edge', style: { 'curve-style': 'bezier', width: 2 } },
];

/** Ada and Bea 300 apart, an edge between them, and Cleo to one side. */
const MAP: ElementDefinition[] = [
  { data: { id: 'a', label: 'Ada' }, position: { x: 0, y: 0 } },
  { data: { id: 'b', label: 'Bea' }, position: { x: 300, y: 40 } },
  { data: { id: 'c', label: 'Cleo' }, position: { x: 100, y: 200 } },
  { data: { id: 'ab', source: 'a', target: 'b' } },
  { data: { id: 'bc', source: 'b', target: 'c' } },
];

const made: Core[] = [];

function canvas({ shortcut }: { shortcut: boolean }): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE });
  if (shortcut) expect(skipTriggersOnFirstStyle(cy.style())).toBe(true);
  made.push(cy);
  return cy;
}

afterEach(() => {
  made.splice(0).forEach((cy) => cy.destroy());
});

/** How many 'bounds' events each element sent while `act` ran. */
function boundsEventsDuring(cy: Core, act: () => void): Record<string, number> {
  const counts: Record<string, number> = {};
  const count = (event: cytoscape.EventObject) => {
    const id = (event.target as cytoscape.SingularElementReturnValue).id();
    counts[id] = (counts[id] ?? 0) + 1;
  };
  cy.on('bounds', count);
  act();
  cy.off('bounds', count);
  return counts;
}

/** The map on a canvas without the shortcut and on one with it, styled and measured on both. */
function drawnBothWays(): { plain: Core; given: Core } {
  const plain = canvas({ shortcut: false });
  const given = canvas({ shortcut: true });
  for (const cy of [plain, given]) {
    cy.add(MAP);
    cy.elements().boundingBox();
  }
  return { plain, given };
}

/** Every element's style and box, as Cytoscape answers for them. */
function picture(cy: Core) {
  return cy.elements().map((element) => ({
    id: element.id(),
    style: element.style() as Record<string, string>,
    box: element.boundingBox(),
  }));
}

describe('skipTriggersOnFirstStyle', () => {
  it('gives new elements the styles and boxes Cytoscape gives them', () => {
    const plain = canvas({ shortcut: false });
    const given = canvas({ shortcut: true });
    plain.add(MAP);
    given.add(MAP);

    expect(picture(given)).toEqual(picture(plain));
  });

  it('styles a new element without announcing each property it sets', () => {
    const plain = canvas({ shortcut: false });
    const given = canvas({ shortcut: true });
    plain.add(MAP);
    given.add(MAP);

    const byCytoscape = boundsEventsDuring(plain, () => plain.elements().boundingBox());
    const byShortcut = boundsEventsDuring(given, () => given.elements().boundingBox());

    // A node's one left announces its box measured.
    expect(byShortcut['a']).toBe(1);
    for (const id of ['a', 'b', 'c', 'ab', 'bc']) {
      expect(byShortcut[id]).toBeLessThan(byCytoscape[id] ?? 0);
    }
  });

  it('leaves a later change of style to Cytoscape: the node and its edges are measured again', () => {
    const { plain, given } = drawnBothWays();

    const change = (cy: Core) => () => {
      cy.$id('a').addClass('large');
      cy.$id('c').addClass('hidden');
      cy.elements().boundingBox();
    };
    const byCytoscape = boundsEventsDuring(plain, change(plain));
    const byShortcut = boundsEventsDuring(given, change(given));

    expect(byShortcut).toEqual(byCytoscape);
    expect(byShortcut['a']).toBeGreaterThan(0);
    // Hiding Cleo marks her edge's box stale.
    expect(byShortcut['bc']).toBeGreaterThan(0);
    expect(picture(given)).toEqual(picture(plain));
  });

  it('still marks the edges a new parallel edge bends', () => {
    const { plain, given } = drawnBothWays();

    const addTwin = (cy: Core) => () => {
      cy.add({ data: { id: 'ab2', source: 'a', target: 'b' } }).boundingBox();
    };
    const byCytoscape = boundsEventsDuring(plain, addTwin(plain));
    const byShortcut = boundsEventsDuring(given, addTwin(given));

    expect(byCytoscape['ab']).toBeGreaterThan(0);
    expect(byShortcut['ab']).toBe(byCytoscape['ab']);
    expect(picture(given)).toEqual(picture(plain));
  });

  it('is given once, and to nothing that is not a style', () => {
    const cy = canvas({ shortcut: true });
    const applyContextStyle = Reflect.get(cy.style(), 'applyContextStyle') as unknown;

    expect(skipTriggersOnFirstStyle(cy.style())).toBe(true);
    expect(Reflect.get(cy.style(), 'applyContextStyle')).toBe(applyContextStyle);
    expect(skipTriggersOnFirstStyle({})).toBe(false);
    expect(skipTriggersOnFirstStyle(null)).toBe(false);
  });
});
