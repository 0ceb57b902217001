// The grid picture: a well-formed SVG with the quadrants, their counts and every scored
// stakeholder, labels escaped and cut to fit.

import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { layoutGrid } from '@shared/domain/planning/quadrants';
import { gridToSvg } from '../../../renderer/features/planning/grid/gridSvg';
import { KIND_STYLES } from '../../../renderer/graph/kindStyles';
import { anAssessed } from './planningFactories';

describe('the grid picture', () => {
  const { placed } = layoutGrid([
    anAssessed('a', { influence: 9, interest: 9 }, { label: 'CLG & <LGA>' }),
    anAssessed('b', { influence: 9, interest: 8 }, { label: 'x'.repeat(200) }),
    anAssessed('c', { influence: 2, interest: 1 }, { label: 'Quiet network' }),
  ]);
  const svg = gridToSvg(placed, 'Panel "engagement"');

  it('is well-formed XML with the title and the four labelled quadrants', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title>Panel &quot;engagement&quot;</title>');
    expect(svg).toContain('High influence, high interest · 2');
    expect(svg).toContain('Low influence, low interest · 1');
    expect(svg).toContain('>Keep satisfied<');
  });

  it('colours each stakeholder as the network view does, by kind unless told otherwise', () => {
    expect(svg).toContain(`fill="${KIND_STYLES.person.colour}"`);
    const byInfluence = gridToSvg(placed, 'Panel', (node) =>
      node.id === 'c' ? '#123456' : '#abcdef',
    );
    expect(byInfluence.match(/<circle [^>]*fill="#123456"/g)).toHaveLength(1);
    expect(byInfluence.match(/<circle [^>]*fill="#abcdef"/g)).toHaveLength(2);
  });

  it('draws every stakeholder with escaped labels, cutting long ones to fit', () => {
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('CLG &amp; &lt;LGA&gt;');
    expect(svg).not.toContain('x'.repeat(200));
    expect(svg).toMatch(/x+…</);
  });
});
