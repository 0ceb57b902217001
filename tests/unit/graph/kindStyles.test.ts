import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '@shared/domain/vocabulary';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';

/** WCAG relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastOnWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

describe('KIND_STYLES', () => {
  const styles = NODE_KINDS.map((kind) => KIND_STYLES[kind]);

  it('gives every kind its own shape', () => {
    expect(new Set(styles.map((style) => style.shape)).size).toBe(NODE_KINDS.length);
  });

  it('gives every kind its own colour', () => {
    expect(new Set(styles.map((style) => style.colour.toLowerCase())).size).toBe(NODE_KINDS.length);
  });

  it.each(NODE_KINDS)('draws %s in a colour with at least 3:1 contrast on white', (kind) => {
    expect(contrastOnWhite(KIND_STYLES[kind].colour)).toBeGreaterThanOrEqual(3);
  });

  it.each(NODE_KINDS)('names %s', (kind) => {
    expect(KIND_STYLES[kind].label).not.toBe('');
  });
});
