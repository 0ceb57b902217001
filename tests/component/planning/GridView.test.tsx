// The Grid tab: quadrants and markers named for screen readers, scoring by arrow keys and by
// dragging (both undoable), the tray of stakeholders not yet scored, and the filters.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/data/db';
import { ENGAGEMENT_COLOURS } from '../../../renderer/graph/attributeStyles';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { gridView } from '../../../renderer/features/planning/grid/definition';
import { undo } from '../../../renderer/state/history';
import { aBundle, aMap, aNode } from '../../factories/records';
import { anAssessed } from '../../unit/planning/planningFactories';
import { renderView } from './renderView';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const bundle = () =>
  aBundle({
    map: aMap({ id: 'grid-map' }),
    nodes: [
      anAssessed('clg', { influence: 9, interest: 9 }, { label: 'CLG', mapId: 'grid-map' }),
      anAssessed(
        'cab',
        { influence: 8, interest: 3 },
        { label: 'Cabinet Office', mapId: 'grid-map' },
      ),
      aNode({ id: 'new', label: 'New council', kind: 'organisation', mapId: 'grid-map' }),
      aNode({ id: 'wiki', label: 'Wiki', kind: 'channel', mapId: 'grid-map' }),
    ],
    relationships: [],
  });

const scores = async (id: string) => {
  const node = await db.nodes.get(['grid-map', id]);
  return [node?.assessment.influence, node?.assessment.interest];
};

describe('the grid view', () => {
  it('shows the four quadrants with counts and a named marker per scored stakeholder', async () => {
    await renderView(gridView, bundle());
    const grid = await screen.findByRole('group', { name: 'Power and interest grid' });
    expect(
      within(grid).getByRole('button', {
        name: /^Manage closely High influence, high interest · 1 stakeholders/,
      }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('button', {
        name: /^Monitor Low influence, low interest · 0 stakeholders/,
      }),
    ).toBeDisabled();
    expect(
      within(grid).getByRole('button', { name: 'CLG: influence 9, interest 9, manage closely' }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('button', {
        name: 'Cabinet Office: influence 8, interest 3, keep satisfied',
      }),
    ).toBeInTheDocument();
  });

  it('moves a focused marker with the arrow keys, one undoable step each', async () => {
    const user = userEvent.setup();
    await renderView(gridView, bundle());
    const marker = await screen.findByRole('button', { name: /^Cabinet Office:/ });
    marker.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect(await scores('cab')).toEqual([8, 4]));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await waitFor(async () => expect(await scores('cab')).toEqual([3, 4]));
    expect(
      await screen.findByRole('button', {
        name: 'Cabinet Office: influence 3, interest 4, monitor',
      }),
    ).toHaveFocus();
    await undo('grid-map');
    expect(await scores('cab')).toEqual([8, 4]);
  });

  it('keeps what another window changed in an assessment when a score lands', async () => {
    await renderView(gridView, bundle());
    const marker = await screen.findByRole('button', { name: /^Cabinet Office:/ });
    // Another window gives the stakeholder a sector; the key is pressed before this screen
    // has shown it.
    const stored = (await db.nodes.get(['grid-map', 'cab']))!;
    await db.nodes.put({ ...stored, assessment: { ...stored.assessment, sector: 'Central' } });
    fireEvent.keyDown(marker, { key: 'ArrowRight' });

    await waitFor(async () => expect(await scores('cab')).toEqual([8, 4]));
    expect((await db.nodes.get(['grid-map', 'cab']))?.assessment.sector).toBe('Central');
  });

  it('keeps scores between 0 and 10', async () => {
    const user = userEvent.setup();
    await renderView(gridView, bundle());
    (await screen.findByRole('button', { name: /^CLG:/ })).focus();
    await user.keyboard('{Shift>}{ArrowUp}{ArrowRight}{/Shift}');
    await waitFor(async () => expect(await scores('clg')).toEqual([10, 10]));
  });

  it('sets both scores where a marker is dropped', async () => {
    await renderView(gridView, bundle());
    const grid = await screen.findByRole('group', { name: 'Power and interest grid' });
    vi.spyOn(grid, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1100, 1100));
    const marker = within(grid).getByRole('button', { name: /^CLG:/ });
    // Cell (interest 2, influence 1): x in 200–300, y measured up from the bottom (1100).
    fireEvent.pointerDown(marker, { button: 0, pointerId: 1, clientX: 950, clientY: 150 });
    fireEvent.pointerMove(marker, { pointerId: 1, clientX: 600, clientY: 600 });
    fireEvent.pointerUp(marker, { pointerId: 1, clientX: 250, clientY: 950 });
    await waitFor(async () => expect(await scores('clg')).toEqual([1, 2]));
  });

  it('treats a press without movement as a click that selects', async () => {
    const { probe } = await renderView(gridView, bundle());
    const marker = await screen.findByRole('button', { name: /^CLG:/ });
    fireEvent.pointerDown(marker, { button: 0, pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(marker, { pointerId: 1, clientX: 11, clientY: 10 });
    fireEvent.click(marker);
    await waitFor(() => expect(probe.selection).toEqual({ type: 'node', id: 'clg' }));
    expect(await scores('clg')).toEqual([9, 9]);
  });

  it('keeps unscored stakeholders in the tray and places one by keyboard', async () => {
    const user = userEvent.setup();
    await renderView(gridView, bundle());
    const tray = await screen.findByRole('list', { name: 'Not yet assessed' });
    expect(within(tray).getAllByRole('listitem')).toHaveLength(1);
    expect(within(tray).queryByText('Wiki')).not.toBeInTheDocument();
    await user.click(within(tray).getByRole('button', { name: 'Place New council on the grid' }));
    await waitFor(async () => expect(await scores('new')).toEqual([5, 5]));
    await waitFor(() =>
      expect(
        screen.getByRole('button', {
          name: 'New council: influence 5, interest 5, manage closely',
        }),
      ).toHaveFocus(),
    );
  });

  it('shows only what the filters leave visible', async () => {
    await renderView(gridView, bundle(), new Set(['clg']));
    await screen.findByRole('button', { name: /^CLG:/ });
    expect(screen.queryByRole('button', { name: /^Cabinet Office:/ })).not.toBeInTheDocument();
    expect(screen.getByText(/3 nodes are hidden by the filters/)).toBeInTheDocument();
  });

  it('colours each marker as the network view does', async () => {
    const withEngagement = bundle();
    withEngagement.nodes = withEngagement.nodes.map((node) =>
      node.id === 'clg'
        ? anAssessed('clg', { ...node.assessment, engagementCurrent: 'resistant' }, node)
        : node,
    );
    await renderView(gridView, withEngagement, null, 'engagement');
    const dotOf = async (name: RegExp) =>
      (await screen.findByRole('button', { name })).querySelector<HTMLElement>('.grid-dot');
    // jsdom reads colours back as rgb(); a hex written into the style comes back the same way.
    const probe = document.createElement('span');
    const css = (colour: string) => {
      probe.style.background = colour;
      return probe.style.background;
    };
    expect((await dotOf(/^CLG:/))?.style.background).toBe(css(ENGAGEMENT_COLOURS.resistant));
    expect((await dotOf(/^CLG:/))?.style.background).not.toBe(css(KIND_STYLES.person.colour));
  });

  it('shows a quadrant in the network view', async () => {
    const user = userEvent.setup();
    const { probe } = await renderView(gridView, bundle());
    await user.click(
      await screen.findByRole('button', {
        name: /^Keep satisfied High influence, low interest · 1 stakeholders/,
      }),
    );
    expect(probe.scopes).toEqual([
      { label: 'the keep satisfied quadrant', nodeIds: new Set(['cab']) },
    ]);
  });
});
