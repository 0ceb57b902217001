import { describe, expect, it } from 'vitest';
import { fitGraph, viewportKeyAction, zoomIn, zoomOut } from '../../../renderer/graph/viewport';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => viewportKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('viewportKeyAction', () => {
  it('zooms in on + (and = , the same key unshifted)', () => {
    expect(press('+')).toBe(zoomIn);
    expect(press('=')).toBe(zoomIn);
  });

  it('zooms out on -', () => {
    expect(press('-')).toBe(zoomOut);
  });

  it('fits the map on 0', () => {
    expect(press('0')).toBe(fitGraph);
  });

  it('leaves Ctrl, Cmd and Alt combinations to the app', () => {
    expect(press('+', { ctrlKey: true })).toBeNull();
    expect(press('0', { metaKey: true })).toBeNull();
    expect(press('-', { altKey: true })).toBeNull();
  });

  it('ignores other keys', () => {
    expect(press('a')).toBeNull();
    expect(press('Enter')).toBeNull();
  });
});
