import { describe, expect, it } from 'vitest';
import type { Assessment, StakeNode } from '@shared/domain/types';
import { ENGAGEMENT_LEVELS } from '@shared/domain/vocabulary';
import {
  BASE_NODE_SIZE,
  CATEGORY_COLOURS,
  colourScheme,
  ENGAGEMENT_COLOURS,
  isUnassessed,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeSize,
  NOT_KNOWN_COLOUR,
  OTHER_COLOUR,
} from '../../../renderer/graph/attributeStyles';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { aNode } from '../../factories/records';
import { contrastOnWhite, luminance } from './contrast';

const assessed = (id: string, assessment: Partial<Assessment>, more: Partial<StakeNode> = {}) => {
  const base = aNode({ id, ...more });
  return { ...base, assessment: { ...base.assessment, ...assessment } };
};

describe('colour by kind', () => {
  it("fills each node with its kind's colour and lists the kinds on the map in order", () => {
    const nodes = [aNode({ id: 'e', kind: 'event' }), aNode({ id: 'p', kind: 'person' })];

    const scheme = colourScheme(nodes, 'kind');

    expect(nodes.map(scheme.colourOf)).toEqual([
      KIND_STYLES.event.colour,
      KIND_STYLES.person.colour,
    ]);
    expect(scheme.keys).toEqual([
      { key: 'person', label: 'Person', colour: KIND_STYLES.person.colour, shape: 'ellipse' },
      { key: 'event', label: 'Event', colour: KIND_STYLES.event.colour, shape: 'tag' },
    ]);
  });

  it('lists every kind on an empty map, where a new user learns the shapes', () => {
    expect(colourScheme([], 'kind').keys).toHaveLength(6);
  });
});

describe('colour by engagement', () => {
  it('fills each node by its current engagement, grey when it is not known', () => {
    const nodes = [
      assessed('a', { engagementCurrent: 'resistant' }),
      assessed('b', { engagementCurrent: null }),
    ];

    const scheme = colourScheme(nodes, 'engagement');

    expect(nodes.map(scheme.colourOf)).toEqual([ENGAGEMENT_COLOURS.resistant, NOT_KNOWN_COLOUR]);
  });

  it('lists the whole scale from unaware to leading, then "Not known" only when some are', () => {
    const known = [assessed('a', { engagementCurrent: 'leading' })];
    const labels = (nodes: StakeNode[]) =>
      colourScheme(nodes, 'engagement').keys.map((key) => key.label);

    expect(labels(known)).toEqual(['Unaware', 'Resistant', 'Neutral', 'Supportive', 'Leading']);
    expect(labels([...known, assessed('b', {})]).at(-1)).toBe('Not known');
  });

  it('darkens at every step, so the order reads in greyscale and for colour-blind users', () => {
    const lightness = ENGAGEMENT_LEVELS.map((level) => luminance(ENGAGEMENT_COLOURS[level]));

    for (let i = 1; i < lightness.length; i++) {
      expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
    }
  });

  it.each(ENGAGEMENT_LEVELS)('draws %s with at least 3:1 contrast on white', (level) => {
    expect(contrastOnWhite(ENGAGEMENT_COLOURS[level])).toBeGreaterThanOrEqual(3);
  });
});

describe('colour by sector', () => {
  it('gives sectors palette colours in sorted order, whatever order the nodes come in', () => {
    const nodes = [
      assessed('a', { sector: 'Private' }),
      assessed('b', { sector: 'Academic' }),
      assessed('c', { sector: 'Local government' }),
      assessed('d', { sector: 'Academic' }),
    ];

    const scheme = colourScheme(nodes, 'sector');
    const reversed = colourScheme([...nodes].reverse(), 'sector');

    expect(scheme.keys.map((key) => [key.label, key.colour])).toEqual([
      ['Academic', CATEGORY_COLOURS[0]],
      ['Local government', CATEGORY_COLOURS[1]],
      ['Private', CATEGORY_COLOURS[2]],
    ]);
    expect(nodes.map(scheme.colourOf)).toEqual(nodes.map(reversed.colourOf));
    expect(scheme.colourOf(nodes[3] as StakeNode)).toBe(CATEGORY_COLOURS[0]);
  });

  it('greys out nodes with no sector and says so in the key', () => {
    const nodes = [assessed('a', { sector: 'Private' }), assessed('b', { sector: '  ' })];

    const scheme = colourScheme(nodes, 'sector');

    expect(scheme.colourOf(nodes[1] as StakeNode)).toBe(NOT_KNOWN_COLOUR);
    expect(scheme.keys.at(-1)).toEqual({
      key: 'none',
      label: 'No sector',
      colour: NOT_KNOWN_COLOUR,
    });
  });

  it('puts sectors past the end of the palette together as "Other sectors"', () => {
    const count = CATEGORY_COLOURS.length + 2;
    const nodes = Array.from({ length: count }, (_, i) =>
      assessed(`n${i}`, { sector: `Sector ${String.fromCharCode(65 + i)}` }),
    );

    const scheme = colourScheme(nodes, 'sector');

    expect(scheme.keys).toHaveLength(CATEGORY_COLOURS.length + 1);
    expect(scheme.keys.at(-1)).toMatchObject({ label: 'Other sectors', colour: OTHER_COLOUR });
    expect(scheme.colourOf(nodes.at(-1) as StakeNode)).toBe(OTHER_COLOUR);
  });

  it.each(CATEGORY_COLOURS)('uses %s, with at least 3:1 contrast on white', (colour) => {
    expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
  });
});

describe('colour by owner', () => {
  it("colours nodes by their owner, named by the owner's label in sorted order", () => {
    const nodes = [
      aNode({ id: 'zoe', label: 'Zoe' }),
      aNode({ id: 'amir', label: 'Amir' }),
      assessed('x', { ownerId: 'zoe' }),
      assessed('y', { ownerId: 'amir' }),
      assessed('z', { ownerId: 'gone' }),
    ];

    const scheme = colourScheme(nodes, 'owner');

    expect(scheme.keys.map((key) => [key.label, key.colour])).toEqual([
      ['Amir', CATEGORY_COLOURS[0]],
      ['Zoe', CATEGORY_COLOURS[1]],
      ['No owner', NOT_KNOWN_COLOUR],
    ]);
    expect(nodes.slice(2).map(scheme.colourOf)).toEqual([
      CATEGORY_COLOURS[1],
      CATEGORY_COLOURS[0],
      NOT_KNOWN_COLOUR,
    ]);
  });
});

describe('size by influence', () => {
  it('maps influence 0–10 onto the size range', () => {
    expect(nodeSize(assessed('a', { influence: 0 }), 'influence')).toBe(MIN_NODE_SIZE);
    expect(nodeSize(assessed('a', { influence: 10 }), 'influence')).toBe(MAX_NODE_SIZE);
    expect(nodeSize(assessed('a', { influence: 5 }), 'influence')).toBe(
      (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2,
    );
  });

  it('gives a node with no influence score the middle size, and every node it when off', () => {
    expect(nodeSize(assessed('a', { influence: null }), 'influence')).toBe(BASE_NODE_SIZE);
    expect(nodeSize(assessed('a', { influence: 10 }), 'none')).toBe(BASE_NODE_SIZE);
  });
});

describe('isUnassessed', () => {
  it('is true only while neither influence nor interest has a score', () => {
    expect(isUnassessed(assessed('a', { influence: null, interest: null }))).toBe(true);
    expect(isUnassessed(assessed('a', { influence: 0, interest: null }))).toBe(false);
    expect(isUnassessed(assessed('a', { influence: null, interest: 3 }))).toBe(false);
  });

  it('never marks events or channels, which are places rather than stakeholders', () => {
    for (const kind of ['event', 'channel'] as const) {
      expect(isUnassessed({ ...assessed('a', { influence: null, interest: null }), kind })).toBe(
        false,
      );
    }
  });
});
