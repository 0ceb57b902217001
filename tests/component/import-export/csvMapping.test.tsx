// One spreadsheet that is not in Kumu's shape: the user says what each column holds, starting from
// guesses made from the headers, sees the preview, and the map is created as chosen.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/data/db';
import { clearDatabase, startImport as startFlow } from './importHarness';

beforeEach(clearDatabase);

// No "Label" column: Kumu's reading refuses it, so the mapping step opens instead.
const PANEL = [
  '\uFEFFWho;Category;Keywords;Job title;Team;Private notes',
  'Jane Smith;Person;panel|chair;Chair;Data;call after 6',
  'Cabinet Office;Organisation;government;;Policy;',
].join('\r\n');

const startImport = (name: string, contents: string) => startFlow({ name, contents }).onImported;

const columnSelect = (column: string) =>
  screen.getByRole('combobox', { name: `Read “${column}” as` });

const selectedLabel = (column: string) => {
  const select = columnSelect(column) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent;
};

describe('the column-mapping step', () => {
  it('guesses from the headers, takes the choices, previews and stores one map', async () => {
    const user = userEvent.setup();
    const onImported = startImport('panel.csv', PANEL);
    const dialog = await screen.findByRole('dialog', { name: 'Choose what each column holds' });
    expect(dialog).toHaveTextContent('It is not a Kumu-style spreadsheet');
    expect(within(dialog).getByRole('row', { name: /Team/ })).toHaveTextContent('Data');
    expect(selectedLabel('Who')).toBe('Label');
    expect(selectedLabel('Category')).toBe('Kind');
    expect(selectedLabel('Keywords')).toBe('Tags');
    expect(selectedLabel('Job title')).toBe('Role');
    expect(selectedLabel('Team')).toBe('Keep as an extra field');
    expect(await db.maps.count()).toBe(0);

    await user.selectOptions(columnSelect('Private notes'), 'Leave out');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const preview = await screen.findByRole('dialog', { name: 'Import as a new map' });
    expect(preview).toHaveTextContent('2 nodes and 0 relationships');
    expect(preview).toHaveTextContent("Column 'Private notes' was left out, as chosen");
    expect(within(preview).queryByRole('button', { name: 'Add relationships file…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import as new map' }));

    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const nodes = await db.nodes.toArray();
    expect(nodes.map(({ label, kind }) => [label, kind]).sort()).toEqual([
      ['Cabinet Office', 'organisation'],
      ['Jane Smith', 'person'],
    ]);
    const jane = nodes.find((node) => node.label === 'Jane Smith');
    expect(jane).toMatchObject({
      tags: ['panel', 'chair'],
      person: { role: 'Chair' },
      extra: { Team: 'Data' },
    });
    expect(JSON.stringify(nodes)).not.toContain('call after 6');
    expect((await db.maps.toArray()).map((map) => map.name)).toEqual(['panel']);
  });

  it('refuses no label column and a field chosen twice, at the selects, and stores nothing', async () => {
    const user = userEvent.setup();
    startImport('panel.csv', PANEL);
    await screen.findByRole('dialog', { name: 'Choose what each column holds' });
    await user.selectOptions(columnSelect('Who'), 'Keep as an extra field');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('every node needs one');
    expect(columnSelect('Who')).toHaveAttribute('aria-invalid', 'true');
    expect(columnSelect('Who')).toHaveFocus();

    await user.selectOptions(columnSelect('Who'), 'Label');
    await user.selectOptions(columnSelect('Team'), 'Tags');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“Keywords” and “Team” are both read as Tags');
    expect(columnSelect('Team')).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(await db.maps.count()).toBe(0);
  });

  it('is offered from the preview of a Kumu-style spreadsheet too', async () => {
    const user = userEvent.setup();
    startImport('nodes.csv', 'Label,Type,Organisation\nAnn,Person,LGA\nBen,Person,DCLG\n');
    await screen.findByRole('dialog', { name: 'Import as a new map' });
    await user.click(screen.getByRole('button', { name: 'Choose columns…' }));
    await screen.findByRole('dialog', { name: 'Choose what each column holds' });
    expect(selectedLabel('Label')).toBe('Label');
    await user.selectOptions(columnSelect('Organisation'), 'Sector');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('dialog', { name: 'Import as a new map' });
    await user.click(screen.getByRole('button', { name: 'Import as new map' }));
    await waitFor(async () => expect(await db.nodes.count()).toBe(2));
    const ann = (await db.nodes.toArray()).find((node) => node.label === 'Ann');
    expect(ann?.assessment.sector).toBe('LGA');
  });

  it('changes nothing when cancelled', async () => {
    const user = userEvent.setup();
    startImport('panel.csv', PANEL);
    await screen.findByRole('dialog', { name: 'Choose what each column holds' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled: nothing was changed.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await db.maps.count()).toBe(0);
  });
});
