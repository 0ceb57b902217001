import { describe, expect, it } from 'vitest';
import { exportKumu, importKumu } from '@shared/format/interchange';
import { comparable, previewOf, richBundle } from './richBundle';

describe('Kumu export then import', () => {
  it('keeps every node and relationship field', () => {
    const bundle = richBundle();
    const text = exportKumu(bundle, { redacted: false });
    const preview = previewOf(importKumu(text));
    expect(comparable(preview.bundle, { positions: true, ids: true })).toEqual(
      comparable(bundle, { positions: true, ids: true }),
    );
  });
});
