import { describe, expect, it } from 'vitest';
import { exportCytoscape, importCytoscape } from '@shared/format/interchange';
import { comparable, previewOf, richBundle } from './richBundle';

describe('Cytoscape export then import', () => {
  it('keeps every node and relationship field', () => {
    const bundle = richBundle();
    const text = exportCytoscape(bundle, { redacted: false });
    const preview = previewOf(importCytoscape(text));
    expect(comparable(preview.bundle, { positions: true, ids: true })).toEqual(
      comparable(bundle, { positions: true, ids: true }),
    );
  });
});
