// Deleting a node that contacts, actions, messages or other stakeholders name: the editor asks
// first, saying what will happen to each, and after the delete nothing on the map points at the
// node. A node that nothing names still goes at once.

import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapBundle } from '@shared/domain/types';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { useMap, useMapNodes, useMapRelationships } from '../../../renderer/data/hooks';
import { loadBundle, saveNewBundle } from '../../../renderer/data/mapRepository';
import { MapEditor } from '../../../renderer/features/editor/MapEditor';
import { undo } from '../../../renderer/state/history';
import { aBundle, aMap, aNode, aRelationship } from '../../factories/records';
import {
  aMessage,
  anAction,
  anAssessed,
  anInteraction,
} from '../../unit/planning/planningFactories';
import { renderWithHost } from '../renderWithHost';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const M = 'map-1';

function bundle(): MapBundle {
  return aBundle({
    map: aMap({ id: M }),
    nodes: [
      aNode({ id: 'ann', label: 'Ann', mapId: M }),
      anAssessed('bob', { ownerId: 'ann' }, { label: 'Bob', mapId: M }),
      aNode({ id: 'cara', label: 'Cara', mapId: M }),
    ],
    relationships: [aRelationship({ id: 'ab', sourceId: 'ann', targetId: 'bob', mapId: M })],
    interactions: [
      anInteraction({ id: 'alone', nodeIds: ['ann'], mapId: M }),
      anInteraction({ id: 'both', nodeIds: ['ann', 'bob'], mapId: M }),
    ],
    actions: [anAction({ id: 'call', ownerId: 'ann', nodeIds: ['bob'], mapId: M })],
    messages: [
      aMessage({ id: 'msg', audience: { nodeIds: ['ann', 'bob'], tags: [], kinds: [] }, mapId: M }),
    ],
  });
}

function Editor() {
  const map = useMap(M);
  const nodes = useMapNodes(M);
  const relationships = useMapRelationships(M);
  if (!map || !nodes || !relationships) return null;
  return (
    <>
      <MapEditor
        map={map}
        nodes={nodes}
        relationships={relationships}
        onBack={() => undefined}
        onExport={() => undefined}
        onImport={() => undefined}
        views={[]}
      />
      <NoticeArea />
    </>
  );
}

beforeEach(async () => {
  // jsdom has no 2D canvas: Cytoscape runs headless.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveNewBundle(bundle());
});

async function openInspectorOn(user: ReturnType<typeof userEvent.setup>, label: string) {
  renderWithHost(<Editor />);
  const goTo = await screen.findByRole('combobox', { name: 'Go to node' });
  await user.selectOptions(goTo, label);
  await screen.findByDisplayValue(label);
}

/** Every id the map's records point at, wherever they keep it. */
async function referencedIds(): Promise<Set<string>> {
  const stored = await loadBundle(M);
  return new Set([
    ...(stored?.nodes.flatMap((node) => node.assessment.ownerId ?? []) ?? []),
    ...(stored?.relationships.flatMap((rel) => [rel.sourceId, rel.targetId]) ?? []),
    ...(stored?.interactions.flatMap((entry) => entry.nodeIds) ?? []),
    ...(stored?.actions.flatMap((action) => [...action.nodeIds, action.ownerId ?? '']) ?? []),
    ...(stored?.messages.flatMap((message) => [
      ...message.audience.nodeIds,
      ...message.deliveries.map((delivery) => delivery.viaId),
    ]) ?? []),
  ]);
}

/** A map's records sorted, with the write times that a delete and its undo restamp left out. */
function comparable(stored: MapBundle | undefined) {
  const strip = <T extends { id: string; updatedAt: string }>(records: readonly T[] = []) =>
    records
      .map((record) => ({ ...record, updatedAt: '' }))
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    nodes: strip(stored?.nodes),
    relationships: strip(stored?.relationships),
    interactions: strip(stored?.interactions),
    actions: strip(stored?.actions),
    messages: strip(stored?.messages),
  };
}

describe('deleting a node other records name', () => {
  it('asks first, saying what happens to them, and Cancel changes nothing', async () => {
    const user = userEvent.setup();
    await openInspectorOn(user, 'Ann');
    const before = await loadBundle(M);
    await user.click(screen.getByRole('button', { name: 'Delete node' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 1 node?' });
    expect(dialog).toHaveTextContent(
      'Ann will be deleted, with 1 relationship that touches them. They are taken off 1 contact, 1 action and 1 message. 1 contact with no one else is deleted. 1 stakeholder they look after is left without an owner.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await loadBundle(M)).toEqual(before);
  });

  it('leaves no reference behind once confirmed, and one undo brings everything back', async () => {
    const user = userEvent.setup();
    await openInspectorOn(user, 'Ann');
    const before = await loadBundle(M);
    await user.click(screen.getByRole('button', { name: 'Delete node' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 1 node?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 1 node' }));

    await waitFor(async () => expect(await db.nodes.get([M, 'ann'])).toBeUndefined());
    expect(await referencedIds()).not.toContain('ann');
    expect((await db.interactions.get([M, 'alone'])) === undefined).toBe(true);
    expect((await db.interactions.get([M, 'both']))?.nodeIds).toEqual(['bob']);

    await undo(M);
    expect(comparable(await loadBundle(M))).toEqual(comparable(before));
  });

  it('deletes a node nothing names at once, without asking', async () => {
    const user = userEvent.setup();
    await openInspectorOn(user, 'Cara');
    await user.click(screen.getByRole('button', { name: 'Delete node' }));
    await waitFor(async () => expect(await db.nodes.get([M, 'cara'])).toBeUndefined());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
