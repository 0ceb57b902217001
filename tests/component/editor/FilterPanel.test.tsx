// The filter panel on its own, with the filter held as MapEditor holds it: a closed panel draws
// none of its lists, and ticking boxes one after another keeps every box ticked (the groups are
// memoised with callbacks that must still see the latest filter).

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type NodeFilter } from '@shared/domain/filters';
import type { StakeNode } from '@shared/domain/types';
import { FilterPanel, type FilterMode } from '../../../renderer/features/editor/FilterPanel';
import type { FocusHops } from '../../../renderer/features/editor/visibility';
import { aNode } from '../../factories/records';

function Harness({ nodes, seen }: { nodes: readonly StakeNode[]; seen: NodeFilter[] }) {
  const [filter, setFilter] = useState<NodeFilter>(EMPTY_FILTER);
  const [mode, setMode] = useState<FilterMode>('dim');
  const [hops, setHops] = useState<FocusHops>(0);
  return (
    <FilterPanel
      nodes={nodes}
      filter={filter}
      mode={mode}
      focusHops={hops}
      onFilterChange={(next) => {
        seen.push(next);
        setFilter(next);
      }}
      onModeChange={setMode}
      onFocusChange={setHops}
    />
  );
}

const tagged = () => [
  aNode({ id: 'a', label: 'Alice', tags: ['press', 'funder'] }),
  aNode({ id: 'b', label: 'Bob', tags: ['press', 'partner'] }),
];

async function openPanel() {
  await userEvent.click(screen.getByRole('heading', { name: 'Filter and focus' }));
}

describe('FilterPanel', () => {
  it('draws no filter controls while closed, and all of them once opened', async () => {
    render(<Harness nodes={tagged()} seen={[]} />);

    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    await openPanel();

    const tags = screen.getByRole('group', { name: 'Tags' });
    expect([...tags.querySelectorAll('label')].map((label) => label.textContent)).toEqual([
      'funder',
      'partner',
      'press',
    ]);
  });

  it('keeps every box ticked when several are ticked one after another', async () => {
    const seen: NodeFilter[] = [];
    render(<Harness nodes={tagged()} seen={seen} />);
    await openPanel();

    await userEvent.click(screen.getByRole('checkbox', { name: 'press' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'partner' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Person' }));

    expect(seen.at(-1)).toMatchObject({ tags: ['press', 'partner'], kinds: ['person'] });
    expect(screen.getByRole('checkbox', { name: 'press' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'partner' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'funder' })).not.toBeChecked();
  });

  it('shows a tag that an edit adds to the map, and drops one no node has now', async () => {
    const { rerender } = render(<Harness nodes={tagged()} seen={[]} />);
    await openPanel();

    rerender(
      <Harness
        nodes={[
          aNode({ id: 'a', label: 'Alice', tags: ['press', 'board'] }),
          aNode({ id: 'b', label: 'Bob', tags: ['press', 'partner'] }),
        ]}
        seen={[]}
      />,
    );

    expect(screen.getByRole('checkbox', { name: 'board' })).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'funder' })).toBeNull();
  });
});
