import { describe, expect, it } from 'vitest';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { isKindShape, shapeOutline } from '../../../renderer/graph/shapes';

describe('shapeOutline', () => {
  it('draws an ellipse filling the box', () => {
    expect(shapeOutline('ellipse', 10, 20, 40, 30)).toEqual({
      tag: 'ellipse',
      cx: 10,
      cy: 20,
      rx: 20,
      ry: 15,
    });
  });

  it("rounds a rectangle's corners as Cytoscape does: a quarter of the side, at most 8", () => {
    expect(shapeOutline('round-rectangle', 0, 0, 20, 20)).toMatchObject({ rx: 5 });
    expect(shapeOutline('round-rectangle', 0, 0, 64, 64)).toMatchObject({ rx: 8 });
  });

  it('stretches polygons to the box, flat-topped hexagon and upright triangle', () => {
    expect(shapeOutline('hexagon', 0, 0, 40, 20)).toEqual({
      tag: 'polygon',
      points: '-20,0 -10,-10 10,-10 20,0 10,10 -10,10',
    });
    expect(shapeOutline('triangle', 0, 0, 20, 20)).toEqual({
      tag: 'polygon',
      points: '0,-10 10,10 -10,10',
    });
  });

  it('knows every shape the kinds use, and nothing else', () => {
    for (const { shape } of Object.values(KIND_STYLES)) expect(isKindShape(shape)).toBe(true);
    expect(isKindShape('star')).toBe(false);
  });
});
