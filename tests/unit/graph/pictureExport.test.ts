import { describe, expect, it } from 'vitest';
import { MAX_PNG_SIDE, pngOptions } from '../../../renderer/graph/pictureExport';

describe('pngOptions', () => {
  const drawn = { width: 800, height: 600 };

  it('asks Cytoscape for a blob of the whole map or the view, at the chosen scale', () => {
    expect(pngOptions({ scale: 2, background: 'white', full: true }, drawn, 1)).toEqual({
      output: 'blob-promise',
      full: true,
      scale: 2,
      bg: '#FFFFFF',
    });
    expect(pngOptions({ scale: 1, background: 'white', full: false }, drawn, 1)).toMatchObject({
      full: false,
      scale: 1,
    });
  });

  it('leaves the background out for a transparent picture', () => {
    expect(
      pngOptions({ scale: 1, background: 'transparent', full: true }, drawn, 1),
    ).not.toHaveProperty('bg');
  });

  it("divides out the screen's pixel ratio, which Cytoscape multiplies in", () => {
    expect(pngOptions({ scale: 3, background: 'white', full: true }, drawn, 2).scale).toBe(1.5);
  });

  it('scales a picture too big for a canvas down to the largest side browsers allow', () => {
    const huge = { width: 10_000, height: 2_000 };

    const { scale = 0 } = pngOptions({ scale: 4, background: 'white', full: true }, huge, 1);

    expect(huge.width * scale).toBeCloseTo(MAX_PNG_SIDE);
  });
});
