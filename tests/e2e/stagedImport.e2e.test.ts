// An import large enough to be staged (renderer/data/stagedParts.ts), in real Chromium with real
// IndexedDB and the real expansion worker: the map opens from its parts, an edit made at once
// waits for the expansion and lands, and after a reload every record is there, once.

import { describe, expect, test } from 'vitest';
import {
  editInspectorField,
  goToNode,
  inspectorField,
  mapCounts,
  waitForEditor,
  waitForSaved,
} from './support/app';
import { withoutChromium } from './support/chromium';
import { importFile } from './support/files';
import { countStore } from './support/importing';
import { readStore } from './support/indexedDb';
import { useAppSession } from './support/session';
import { eventually } from './support/wait';

// 700 + 2,100 records: over the 2,500 from which an import is staged.
const NODES = 700;
const RELATIONSHIPS_PER_NODE = 3;
const NOW = '2026-01-01T00:00:00.000Z';

function stagedSizeFile(): string {
  const nodes = Array.from({ length: NODES }, (_, index) => ({
    id: `n${index}`,
    kind: index % 3 === 0 ? 'organisation' : 'person',
    label: `Stakeholder ${index}`,
    position: { x: (index % 30) * 80, y: Math.floor(index / 30) * 80 },
  }));
  const relationships = nodes.flatMap((node, index) =>
    Array.from({ length: RELATIONSHIPS_PER_NODE }, (_, step) => ({
      id: `r${index}-${step}`,
      sourceId: node.id,
      targetId: `n${(index + step + 1) % NODES}`,
      kind: 'collaborates',
    })),
  );
  return JSON.stringify({
    format: 'stakemap',
    version: 1,
    exportedAt: NOW,
    app: { name: 'Stakemap', version: 'test' },
    map: { id: 'programme', name: 'Programme-wide', createdAt: NOW, updatedAt: NOW },
    nodes,
    relationships,
  });
}

const FILE_NAME = 'Programme-wide.stakemap.json';

describe.skipIf(withoutChromium)('a staged import', () => {
  const session = useAppSession();

  test('opens, takes an edit at once, and is whole after a reload', async () => {
    const { page } = session();
    await importFile(page, FILE_NAME, stagedSizeFile());
    await waitForEditor(page, 'Programme-wide');
    await mapCounts(page).filter({ hasText: '700 nodes · 2100 relationships' }).waitFor();

    await goToNode(page, 'Stakeholder 42');
    await editInspectorField(page, 'Label', 'Ada King');
    await waitForSaved(page);

    // Saved means the nodes were expanded first: each is a record of its own, stored once. The
    // relationships may still be moving; they are soon records too.
    expect(await countStore(page, 'nodes')).toBe(NODES);
    await eventually(() => countStore(page, 'stagedParts')).toBe(0);
    expect(await countStore(page, 'relationships')).toBe(NODES * RELATIONSHIPS_PER_NODE);
    const stored = await readStore(page, 'nodes');
    expect(stored.filter((node) => node.label === 'Ada King').map((node) => node.id)).toEqual([
      'n42',
    ]);

    await page.reload();
    await waitForEditor(page, 'Programme-wide');
    await mapCounts(page).filter({ hasText: '700 nodes · 2100 relationships' }).waitFor();
    await goToNode(page, 'Ada King');
    await eventually(() => inspectorField(page, 'Label').inputValue()).toBe('Ada King');
  });

  test('is expanded soon after it opens, without an edit, and the map stays as shown', async () => {
    const { page } = session();
    await importFile(page, FILE_NAME, stagedSizeFile());
    await waitForEditor(page, 'Programme-wide');
    await mapCounts(page).filter({ hasText: '700 nodes · 2100 relationships' }).waitFor();

    await eventually(() => countStore(page, 'stagedParts')).toBe(0);
    expect(await countStore(page, 'nodes')).toBe(NODES);
    expect(await countStore(page, 'relationships')).toBe(NODES * RELATIONSHIPS_PER_NODE);
    await mapCounts(page).filter({ hasText: '700 nodes · 2100 relationships' }).waitFor();
  });
});
