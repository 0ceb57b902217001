import { describe, expect, it } from 'vitest';
import {
  edgeMayReach,
  edgePolyline,
  segmentMeetsBox,
  type EdgeShape,
} from '../../../renderer/graph/edgeReach';

const area = { x1: 100, y1: 100, x2: 110, y2: 110 };

function straightEdge(points: number[], extra: Partial<EdgeShape> = {}): EdgeShape {
  return {
    edgeType: 'straight',
    points,
    width: 1,
    labelBox: null,
    box: {
      x1: Math.min(points[0]!, points[2]!),
      y1: Math.min(points[1]!, points[3]!),
      x2: Math.max(points[0]!, points[2]!),
      y2: Math.max(points[1]!, points[3]!),
    },
    ...extra,
  };
}

describe('segmentMeetsBox', () => {
  it('finds a segment that crosses the box, or ends inside it', () => {
    expect(segmentMeetsBox(0, 0, 200, 200, area)).toBe(true);
    expect(segmentMeetsBox(105, 105, 500, 500, area)).toBe(true);
  });

  it('leaves a segment that passes beside the box, though their boxes overlap', () => {
    expect(segmentMeetsBox(0, 200, 90, 0, area)).toBe(false);
    expect(segmentMeetsBox(0, 300, 300, 0, { x1: 0, y1: 0, x2: 10, y2: 10 })).toBe(false);
  });

  it('handles segments along an axis', () => {
    expect(segmentMeetsBox(0, 105, 200, 105, area)).toBe(true);
    expect(segmentMeetsBox(0, 120, 200, 120, area)).toBe(false);
  });
});

describe('edgePolyline', () => {
  it('keeps a straight path as it is', () => {
    expect(edgePolyline('straight', [0, 0, 10, 10])).toEqual([0, 0, 10, 10]);
  });

  it('samples a curve along it, through its ends, not through its control point', () => {
    const line = edgePolyline('bezier', [0, 0, 50, 100, 100, 0]);
    expect(line?.slice(0, 2)).toEqual([0, 0]);
    expect(line?.slice(-2)).toEqual([100, 0]);
    // The curve's highest point is half way to the control point.
    expect(Math.max(...(line ?? []).filter((_, index) => index % 2 === 1))).toBeCloseTo(50);
  });

  it('refuses points it cannot read', () => {
    expect(edgePolyline('straight', [0, 0])).toBeNull();
    expect(edgePolyline('straight', [0, 0, Number.NaN, 1])).toBeNull();
    expect(edgePolyline('bezier', [0, 0, 1, 1])).toBeNull();
  });
});

describe('edgeMayReach', () => {
  it('is false for a long edge whose box covers the area but whose line is far from it', () => {
    expect(edgeMayReach(straightEdge([0, 1000, 1000, 900]), area)).toBe(false);
  });

  it('counts arrowheads and the line width near the line', () => {
    expect(edgeMayReach(straightEdge([0, 130, 1000, 130]), area)).toBe(true);
    expect(edgeMayReach(straightEdge([0, 300, 1000, 300]), area)).toBe(false);
  });

  it('counts the edge label wherever it is drawn', () => {
    const labelled = straightEdge([0, 1000, 1000, 900], {
      labelBox: { x1: 95, y1: 95, x2: 140, y2: 104 },
    });
    expect(edgeMayReach(labelled, area)).toBe(true);
  });

  it('falls back on the bounding box when the path cannot be read', () => {
    const unread = straightEdge([0, 1000, 1000, 900], {
      points: [],
      box: { x1: 0, y1: 0, x2: 1000, y2: 1000 },
    });
    expect(edgeMayReach(unread, area)).toBe(true);
  });

  it('follows a curve, not the chord between its ends', () => {
    const curve: EdgeShape = {
      edgeType: 'bezier',
      points: [0, 0, 105, 210, 210, 0],
      width: 1,
      labelBox: null,
      box: { x1: 0, y1: 0, x2: 210, y2: 105 },
    };
    expect(edgeMayReach(curve, area)).toBe(true);
    expect(edgeMayReach({ ...curve, edgeType: 'straight', points: [0, 0, 210, 0] }, area)).toBe(
      false,
    );
  });
});
