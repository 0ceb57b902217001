import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment, StakeNode } from '@shared/domain/types';
import { NODE_KINDS } from '@shared/domain/vocabulary';
import {
  ENGAGEMENT_COLOURS,
  type ColourBy,
  type SizeBy,
} from '../../../renderer/graph/attributeStyles';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { Legend } from '../../../renderer/graph/Legend';
import { aNode } from '../../factories/records';

const scored = (id: string, assessment: Partial<Assessment>, more: Partial<StakeNode> = {}) => {
  const base = aNode({ id, ...more });
  return { ...base, assessment: { ...base.assessment, influence: 5, interest: 5, ...assessment } };
};

function renderLegend(nodes: StakeNode[], colourBy: ColourBy = 'kind', sizeBy: SizeBy = 'none') {
  render(<Legend nodes={nodes} colourBy={colourBy} sizeBy={sizeBy} />);
  return screen.getByRole('region', { name: 'Legend' });
}

const itemsOf = (legend: HTMLElement, list: string) =>
  within(within(legend).getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('Legend', () => {
  it('names every node kind on an empty map', () => {
    const legend = renderLegend([]);

    expect(itemsOf(legend, 'Colour: kind')).toEqual(
      NODE_KINDS.map((kind) => KIND_STYLES[kind].label),
    );
  });

  it('lists only the kinds on the map when colouring by kind', () => {
    const legend = renderLegend([
      scored('a', {}, { kind: 'event' }),
      scored('b', {}, { kind: 'person' }),
    ]);

    expect(itemsOf(legend, 'Colour: kind')).toEqual(['Person', 'Event']);
    expect(within(legend).queryByRole('list', { name: 'Shape: kind' })).toBeNull();
  });

  it("draws each kind's shape in its colour beside its name", () => {
    renderLegend([]);

    for (const kind of NODE_KINDS) {
      const { label, shape, colour } = KIND_STYLES[kind];
      const item = screen.getByText(label).closest('li');
      const icon = item?.querySelector('svg');
      expect(icon).toHaveAttribute('data-shape', shape);
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon?.querySelector('[fill]')).toHaveAttribute('fill', colour);
    }
  });

  it('follows colour by engagement: the scale, "Not known", and the shapes of the kinds', () => {
    const legend = renderLegend(
      [
        scored('a', { engagementCurrent: 'leading' }, { kind: 'organisation' }),
        scored('b', { engagementCurrent: null }),
      ],
      'engagement',
    );

    expect(itemsOf(legend, 'Colour: current engagement')).toEqual([
      'Unaware',
      'Resistant',
      'Neutral',
      'Supportive',
      'Leading',
      'Not known',
    ]);
    const leading = within(legend).getByText('Leading').closest('li');
    expect(leading?.querySelector('[fill]')).toHaveAttribute('fill', ENGAGEMENT_COLOURS.leading);
    expect(itemsOf(legend, 'Shape: kind')).toEqual(['Person', 'Organisation']);
  });

  it('lists the sectors on the map when colouring by sector', () => {
    const legend = renderLegend(
      [scored('a', { sector: 'Private' }), scored('b', { sector: 'Academic' })],
      'sector',
    );

    expect(itemsOf(legend, 'Colour: sector')).toEqual(['Academic', 'Private']);
  });

  it('explains the dashed outline only when some node is not yet assessed', () => {
    renderLegend([scored('a', {})]);
    expect(screen.queryByText(/dashed outline/i)).toBeNull();
    cleanup();

    renderLegend([scored('b', { influence: null, interest: null })]);
    expect(screen.getByText(/dashed outline: not yet assessed/i)).toBeInTheDocument();
  });

  it('explains size only when sizing by influence', () => {
    renderLegend([scored('a', {})], 'kind', 'none');
    expect(screen.queryByText(/size: influence/i)).toBeNull();
    cleanup();

    renderLegend([scored('a', {})], 'kind', 'influence');
    expect(screen.getByText(/size: influence/i)).toBeInTheDocument();
  });
});
