// Importing through the shell's flow: a native file becomes a new map and opens; a broken one is
// refused with where the problem is, and nothing changes.

import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeStakemapFile } from '@shared/format';
import { db } from '../../../renderer/data/db';
import { aBundle } from '../../factories/records';
import { clearDatabase, startImport } from './importHarness';

beforeEach(clearDatabase);

const nativeText = serializeStakemapFile(aBundle(), {
  exportedAt: '2026-01-01T00:00:00.000Z',
  appVersion: 'test',
});

describe('the import flow', () => {
  it('stores a native file as a new map and opens it', async () => {
    const { onImported } = startImport({
      name: 'Test map.stakemap.json',
      contents: nativeText,
    });
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const maps = await db.maps.toArray();
    expect(maps).toHaveLength(1);
    expect(onImported).toHaveBeenCalledWith(maps[0]?.id);
    expect(await db.nodes.count()).toBe(2);
  });

  it('refuses a broken file, says where, and changes nothing', async () => {
    const { onImported } = startImport({
      name: 'broken.stakemap.json',
      contents: nativeText.replace('"kind": "person"', '"kind": "persn"'),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.stakemap.json was not imported');
    expect(alert).toHaveTextContent(/nodes\[0\]\.kind/);
    expect(onImported).not.toHaveBeenCalled();
    expect(await db.maps.count()).toBe(0);
  });
});

describe('importing files from other tools', () => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="a" label="Cabinet Office"/><node id="b" label="data.gov.uk"/></nodes>
    <edges><edge id="e1" source="a" target="b" label="publishes"/></edges>
  </graph>
</gexf>`;

  it('shows what will be created and stores nothing until confirmed', async () => {
    const { onImported } = startImport({ name: 'gephi.gexf', contents: gexf });
    const dialog = await screen.findByRole('dialog', { name: 'Import as a new map' });
    expect(dialog).toHaveTextContent('2 nodes and 1 relationship');
    expect(await db.maps.count()).toBe(0);
    screen.getByRole('button', { name: 'Import as new map' }).click();
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const maps = await db.maps.toArray();
    expect(maps.map((map) => map.name)).toEqual(['gephi']);
    expect(await db.relationships.count()).toBe(1);
  });

  it('reads a relationships spreadsheet alongside the nodes one', async () => {
    const { host, onImported } = startImport({
      name: 'nodes.csv',
      contents: 'Label,Type\nAnn,Person\nPanel,Network\n',
    });
    const dialog = await screen.findByRole('dialog', { name: 'Import as a new map' });
    expect(dialog).toHaveTextContent('2 nodes and 0 relationships');
    host.nextOpen = { name: 'links.csv', contents: 'From,To,Type\nAnn,Panel,member of\n' };
    screen.getByRole('button', { name: 'Add relationships file…' }).click();
    // The preview gives way to the reading's progress, then comes back with both files.
    const preview = () => screen.getByRole('dialog', { name: 'Import as a new map' });
    await waitFor(() => expect(preview()).toHaveTextContent('2 nodes and 1 relationship'));
    expect(preview()).toHaveTextContent('Relationships from links.csv');
    screen.getByRole('button', { name: 'Import as new map' }).click();
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(await db.relationships.count()).toBe(1);
  });
});
