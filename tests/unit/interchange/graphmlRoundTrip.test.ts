import { describe, expect, it } from 'vitest';
import { exportGraphml, importGraphml } from '@shared/format/interchange';
import { comparable, previewOf, richBundle } from './richBundle';

describe('GraphML export then import', () => {
  it('keeps every node and relationship field', () => {
    const bundle = richBundle();
    const text = exportGraphml(bundle, { redacted: false });
    const preview = previewOf(importGraphml(text));
    expect(comparable(preview.bundle, { positions: true, ids: true })).toEqual(
      comparable(bundle, { positions: true, ids: true }),
    );
  });
});
