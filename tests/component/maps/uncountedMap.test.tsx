// The list shows each map before its size is counted (counting a large map takes a while), so the
// item and the delete question must read sensibly without the numbers.

import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeleteMapDialog } from '../../../renderer/features/maps/DeleteMapDialog';
import { MapListItem } from '../../../renderer/features/maps/MapListItem';
import { aMap } from '../../factories/records';

describe('a map whose size is still being counted', () => {
  it('is listed, and can be opened, with "Counting…" in place of its size', () => {
    const onOpen = vi.fn();
    render(
      <ul>
        <MapListItem
          map={aMap()}
          size={undefined}
          onOpen={onOpen}
          onRename={vi.fn()}
          onDuplicate={vi.fn()}
          onDelete={vi.fn()}
        />
      </ul>,
    );

    expect(screen.getByRole('listitem')).toHaveTextContent('Counting…');
    screen.getByRole('button', { name: 'Open Test map' }).click();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('is deleted only after a question that says everything in it goes', () => {
    render(<DeleteMapDialog map={aMap()} size={undefined} onClose={vi.fn()} onConfirm={vi.fn()} />);

    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'This deletes the map with all its nodes and relationships.',
    );
  });
});
