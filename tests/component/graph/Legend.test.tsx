import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '@shared/domain/vocabulary';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { Legend } from '../../../renderer/graph/Legend';

describe('Legend', () => {
  it('names every node kind', () => {
    render(<Legend />);

    const legend = screen.getByRole('region', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      NODE_KINDS.map((kind) => KIND_STYLES[kind].label),
    );
  });

  it("draws each kind's shape in its colour beside its name", () => {
    render(<Legend />);

    for (const kind of NODE_KINDS) {
      const { label, shape, colour } = KIND_STYLES[kind];
      const item = screen.getByText(label).closest('li');
      const icon = item?.querySelector('svg');
      expect(icon).toHaveAttribute('data-shape', shape);
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon?.querySelector('[fill]')).toHaveAttribute('fill', colour);
    }
  });
});
