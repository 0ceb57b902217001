// Labels are wrapped once per text and style (wrappedLabelCache.ts). Cytoscape's canvas renderer
// needs a real 2D canvas, so a stand-in with Cytoscape's caching rule takes its place here; the
// browser suite checks the real renderer.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapLabelsOnce } from '../../../renderer/graph/wrappedLabelCache';
import { headlessCy } from './headlessCy';

interface Element {
  _private: Record<string, unknown> & { rscratch: Record<string, unknown> };
}

/**
 * Cytoscape's rule: keep the wrapped text while the key in the scratch record matches the key it
 * was wrapped for; otherwise wrap again (counted here).
 */
class WrappingRenderer {
  wrapped = 0;
  getLabelText(element: Element, prefix?: string): string {
    const scratch = element._private.rscratch;
    const key = scratch[prefix ? `${prefix}LabelKey` : 'labelKey'];
    const wrapKey = prefix ? `${prefix}LabelWrapKey` : 'labelWrapKey';
    if (key != null && scratch[wrapKey] === key) return 'cached';
    this.wrapped += 1;
    scratch[wrapKey] = key;
    return 'wrapped';
  }
}

function element(keys: Record<string, unknown>): Element {
  return { _private: { ...keys, rscratch: {} } };
}

let cy: Core;
let renderer: WrappingRenderer;

beforeEach(() => {
  cy = headlessCy();
  renderer = new WrappingRenderer();
  expect(wrapLabelsOnce(cy, renderer)).toBe(true);
});

afterEach(() => cy.destroy());

describe('wrapLabelsOnce', () => {
  it('wraps a label once, however often its place is worked out or it is drawn', () => {
    const node = element({ labelKey: 41 });

    const texts = [1, 2, 3].map(() => renderer.getLabelText(node));

    expect(texts).toEqual(['wrapped', 'cached', 'cached']);
    expect(renderer.wrapped).toBe(1);
  });

  it('wraps it again when its text or font changes its key', () => {
    const node = element({ labelKey: 41 });
    renderer.getLabelText(node);

    node._private.labelKey = 42;

    expect(renderer.getLabelText(node)).toBe('wrapped');
    expect(renderer.wrapped).toBe(2);
  });

  it('wraps afresh while the style is not worked out (no key yet)', () => {
    const node = element({ labelKey: null });

    renderer.getLabelText(node);
    renderer.getLabelText(node);

    expect(renderer.wrapped).toBe(2);
  });

  it("keeps an edge's end labels apart from its main label", () => {
    const edge = element({ labelKey: 1, sourceLabelKey: 2, targetLabelKey: 3 });

    for (const prefix of [undefined, 'source', 'target', undefined, 'source', 'target']) {
      renderer.getLabelText(edge, prefix);
    }

    expect(renderer.wrapped).toBe(3);
  });

  it('changes nothing for a renderer without label wrapping, or no renderer', () => {
    const other = {};

    expect(wrapLabelsOnce(cy, other)).toBe(false);
    expect(wrapLabelsOnce(cy, undefined)).toBe(false);
    expect(other).toEqual({});
  });
});
