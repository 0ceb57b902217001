import { describe, expect, it } from 'vitest';
import { exportGexf, importGexf } from '@shared/format/interchange';
import { comparable, previewOf, richBundle } from './richBundle';

describe('GEXF export then import', () => {
  it('keeps every node and relationship field', () => {
    const bundle = richBundle();
    const text = exportGexf(bundle, { redacted: false });
    const preview = previewOf(importGexf(text));
    expect(comparable(preview.bundle, { positions: true, ids: true })).toEqual(
      comparable(bundle, { positions: true, ids: true }),
    );
  });
});
