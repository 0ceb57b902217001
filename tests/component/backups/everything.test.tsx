// "Export everything" and "Import everything…": all maps out in one archive file, and back in as
// new maps, all or nothing, with every problem named.

import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoticeArea } from '../../../renderer/components/NoticeArea';
import { db } from '../../../renderer/data/db';
import { loadBundle, saveNewBundle } from '../../../renderer/data/mapRepository';
import { BackupsPanel } from '../../../renderer/features/backups/BackupsPanel';
import { rehomeBundle } from '../../../renderer/data/mapRepository';
import { aBundle, aMap, aNode } from '../../factories/records';
import { recordingHost, renderWithHost } from '../renderWithHost';

// The machines running this suite are shared and slow: wait generously, fail only on a hang.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function seedTwoMaps() {
  await saveNewBundle(rehomeBundle(aBundle(), 'm1', 'Data panel', '2026-01-01T00:00:00.000Z'));
  await saveNewBundle(
    aBundle({
      map: aMap({ id: 'm2', name: 'Developers', updatedAt: '2026-02-01T00:00:00.000Z' }),
      nodes: [aNode({ mapId: 'm2', id: 'n1', label: 'Open data community', kind: 'community' })],
      relationships: [],
    }),
  );
}

function contentsOf(saved: string | Uint8Array | undefined): string {
  if (typeof saved !== 'string') throw new Error('Expected text to be saved');
  return saved;
}

describe('export everything', { timeout: 30_000 }, () => {
  it('saves every map in one archive file', async () => {
    await seedTwoMaps();
    const host = recordingHost();
    renderWithHost(
      <>
        <BackupsPanel onOpenMap={() => undefined} />
        <NoticeArea />
      </>,
      host,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Export everything' }));
    await screen.findByText('Exported 2 maps to test.');
    const [saved] = host.saved;
    expect(saved?.name).toMatch(/^Stakemap maps \d{4}-\d{2}-\d{2}\.stakemap-archive\.json$/);
    const archive = JSON.parse(contentsOf(saved?.contents));
    expect(archive).toMatchObject({ format: 'stakemap-archive', version: 1 });
    expect(archive.maps.map((file: { map: { name: string } }) => file.map.name)).toEqual([
      'Developers',
      'Data panel',
    ]);
  });

  it('is not offered while there are no maps', async () => {
    renderWithHost(<BackupsPanel onOpenMap={() => undefined} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export everything' })).toBeDisabled(),
    );
  });
});

describe('import everything', { timeout: 30_000 }, () => {
  async function exportedArchive(): Promise<string> {
    await seedTwoMaps();
    const host = recordingHost();
    const view = renderWithHost(<BackupsPanel onOpenMap={() => undefined} />, host);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    view.unmount();
    return contentsOf(host.saved[0]?.contents);
  }

  function renderWithFile(name: string, contents: string) {
    const host = recordingHost();
    host.nextOpen = { name, contents };
    renderWithHost(
      <>
        <BackupsPanel onOpenMap={() => undefined} />
        <NoticeArea />
      </>,
      host,
    );
  }

  it('adds every map in the file as a new map, with all its records', async () => {
    const archive = await exportedArchive();
    renderWithFile('everything.json', archive);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Import everything…' }));
    await screen.findByText('Imported 2 maps from everything.json as new maps.');
    const maps = await db.maps.toArray();
    expect(maps.map((map) => map.name).sort()).toEqual([
      'Data panel',
      'Data panel',
      'Developers',
      'Developers',
    ]);
    const copy = maps.find((map) => map.name === 'Data panel' && map.id !== 'm1');
    const bundle = await loadBundle(copy?.id ?? '');
    expect(bundle?.nodes).toHaveLength(2);
    expect(bundle?.relationships).toHaveLength(1);
  });

  it('adds nothing when one map in the file is broken, and says where', async () => {
    const archive = JSON.parse(await exportedArchive());
    archive.maps[1].nodes[0].kind = 'wizard';
    await db.maps.clear();
    renderWithFile('everything.json', JSON.stringify(archive));
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Import everything…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('everything.json was not imported: nothing has been changed.');
    expect(alert).toHaveTextContent('maps[1].nodes[0].kind');
    expect(await db.maps.count()).toBe(0);
  });

  it('refuses a single map file, saying what an everything file is', async () => {
    renderWithFile('one.stakemap.json', '{"format":"stakemap","version":1}');
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Import everything…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('"format": "stakemap-archive"');
    expect(await db.maps.count()).toBe(0);
  });
});
