import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '@shared/format/interchange';
import { comparable, previewOf, richBundle } from './richBundle';

describe('CSV export then import', () => {
  it('keeps every node and relationship field', () => {
    const bundle = richBundle();
    const files = exportCsv(bundle, { redacted: false });
    const preview = previewOf(importCsv(files.nodes, { relationships: files.relationships }));
    expect(comparable(preview.bundle, { positions: true, ids: true })).toEqual(
      comparable(bundle, { positions: true, ids: true }),
    );
  });
});
