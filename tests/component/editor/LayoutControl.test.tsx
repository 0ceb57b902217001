// The layout tools in the toolbar with the real history and database, and a stand-in canvas whose
// layout the test finishes, fails or lets run: progress while it runs, Cancel changes nothing,
// a finished layout is one undoable step, and layouts too slow for the map are not offered.

import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNode } from '../../../renderer/data/nodeRepository';
import { db } from '../../../renderer/data/db';
import { createMap } from '../../../renderer/data/mapRepository';
import type { GraphCanvasHandle, LayoutName, NodeMove } from '../../../renderer/graph/GraphCanvas';
import type { LayoutRunOptions } from '../../../renderer/graph/layouts';
import { LayoutControl } from '../../../renderer/features/editor/LayoutControl';
import { useLayoutRun } from '../../../renderer/features/editor/useLayoutRun';
import { historyDepth, undo } from '../../../renderer/state/history';
import { useNotices } from '../../../renderer/state/notices';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** A canvas whose layout runs until the test says how it ends. */
function aCanvas() {
  const runs: Array<{
    name: LayoutName;
    options: LayoutRunOptions;
    finish(moves: NodeMove[]): void;
    fail(error: Error): void;
  }> = [];
  const handle = {
    runLayout: (name: LayoutName, options: LayoutRunOptions = {}) =>
      new Promise<NodeMove[]>((resolve, reject) => {
        options.signal?.addEventListener('abort', () =>
          reject(new DOMException('cancelled', 'AbortError')),
        );
        // As the canvas does: the layout ends once its save has.
        const finish = (moves: NodeMove[]) =>
          void (options.save?.(moves) ?? Promise.resolve()).then(() => resolve(moves), reject);
        runs.push({ name, options, finish, fail: reject });
      }),
  } as unknown as GraphCanvasHandle;
  return { handle, runs };
}

function Toolbar({
  mapId,
  handle,
  nodeCount,
}: {
  mapId: string;
  handle: GraphCanvasHandle;
  nodeCount: number;
}) {
  const canvas = useRef(handle);
  const run = useLayoutRun(mapId, canvas);
  const { status, error } = useNotices();
  return (
    <>
      <LayoutControl nodeCount={nodeCount} run={run} />
      <p>{status}</p>
      {error && <p role="alert">{[error.title, ...error.details].join(' ')}</p>}
    </>
  );
}

async function aMapWithANode() {
  const map = await createMap('Layout');
  const node = await addNode(map.id, 'person', 'Ann', { x: 5, y: 5 });
  const stored = async () => (await db.nodes.get([map.id, node.id]))?.position;
  return { map, node, stored };
}

describe('layout tools', () => {
  it('shows how far the layout has got, and Cancel stops it with nothing moved or saved', async () => {
    const { map, stored } = await aMapWithANode();
    const { handle, runs } = aCanvas();
    render(<Toolbar mapId={map.id} handle={handle} nodeCount={1} />);

    await userEvent.click(screen.getByRole('button', { name: 'Run layout' }));
    act(() => runs[0]?.options.onProgress?.(0.4));

    expect(runs[0]?.name).toBe('force');
    expect(screen.getByRole('progressbar', { name: 'Layout progress' })).toHaveValue(40);
    expect(screen.getByText('40 %')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run layout' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel layout' }));

    expect(runs[0]?.options.signal?.aborted).toBe(true);
    expect(await screen.findByText('Layout cancelled: nothing moved.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run layout' })).toBeEnabled();
    expect(await stored()).toEqual({ x: 5, y: 5 });
    expect(historyDepth(map.id).past).toBe(0);
  });

  it('saves a finished layout as one step that undo takes back', async () => {
    const { map, node, stored } = await aMapWithANode();
    const { handle, runs } = aCanvas();
    render(<Toolbar mapId={map.id} handle={handle} nodeCount={1} />);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layout' }), 'Grid');
    await userEvent.click(screen.getByRole('button', { name: 'Run layout' }));
    act(() => runs[0]?.finish([{ id: node.id, position: { x: 300, y: 400 } }]));

    expect(
      await screen.findByText('Layout applied. Undo puts the nodes back.'),
    ).toBeInTheDocument();
    expect(runs[0]?.name).toBe('grid');
    expect(await stored()).toEqual({ x: 300, y: 400 });
    expect(historyDepth(map.id).past).toBe(1);
    await undo(map.id);
    expect(await stored()).toEqual({ x: 5, y: 5 });
  });

  it('says so when the layout could not be saved, with nothing saved or to undo', async () => {
    const { map, stored } = await aMapWithANode();
    const { handle, runs } = aCanvas();
    render(<Toolbar mapId={map.id} handle={handle} nodeCount={1} />);

    await userEvent.click(screen.getByRole('button', { name: 'Run layout' }));
    // The canvas puts its nodes back and rejects with the save's error (layouts.test.ts).
    act(() => runs[0]?.fail(new Error('The disk is full.')));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The layout failed: nothing was changed. The disk is full.',
    );
    expect(screen.getByRole('button', { name: 'Run layout' })).toBeEnabled();
    expect(await stored()).toEqual({ x: 5, y: 5 });
    expect(historyDepth(map.id).past).toBe(0);
  });

  it('moves the keyboard focus to Cancel while the layout runs, and back when it stops', async () => {
    const { map } = await aMapWithANode();
    const { handle } = aCanvas();
    render(<Toolbar mapId={map.id} handle={handle} nodeCount={1} />);

    screen.getByRole('button', { name: 'Run layout' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel layout' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(screen.getByRole('button', { name: 'Run layout' })).toHaveFocus());
  });

  it('does not offer a layout too slow for the map, says why, and picks one that is offered', async () => {
    const { map } = await aMapWithANode();
    const { handle, runs } = aCanvas();
    render(<Toolbar mapId={map.id} handle={handle} nodeCount={20_000} />);

    const force = screen.getByRole('option', { name: /Force-directed/ });
    expect(force).toBeDisabled();
    expect(force).toHaveAccessibleName('Force-directed (too slow above 10,000 nodes)');
    expect(screen.getByRole('option', { name: 'Grid' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveValue('grid');

    await userEvent.click(screen.getByRole('button', { name: 'Run layout' }));
    expect(runs[0]?.name).toBe('grid');
  });
});
