import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '@shared/domain/vocabulary';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { contrastOnWhite } from './contrast';

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
