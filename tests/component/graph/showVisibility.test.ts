// With no filter on, a change of elements needs no pass over them all to say so.

import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showVisibility } from '../../../renderer/graph/canvasState';
import { aNode, aRelationship } from '../../factories/records';
import { headlessCyShowing } from './headlessCy';

let cy: Core;

beforeEach(() => {
  const nodes = ['a', 'b', 'c'].map((id) => aNode({ id }));
  cy = headlessCyShowing(nodes, [aRelationship({ id: 'r', sourceId: 'a', targetId: 'b' })]);
});

afterEach(() => {
  cy.destroy();
});

describe('showVisibility', () => {
  it('looks at no element while nothing is or was filtered, and clears a filter completely', () => {
    const passes = vi.spyOn(cy, 'elements');

    showVisibility(cy, null, 'dim');
    expect(passes).not.toHaveBeenCalled();

    showVisibility(cy, new Set(['a']), 'dim');
    expect(cy.$('.faded').map((ele) => ele.id())).toEqual(['b', 'c', 'r']);

    showVisibility(cy, null, 'dim');
    expect(cy.$('.faded')).toHaveLength(0);
    passes.mockClear();

    showVisibility(cy, null, 'dim');
    expect(passes).not.toHaveBeenCalled();
  });
});
