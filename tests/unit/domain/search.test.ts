import { describe, expect, it } from 'vitest';
import { foldForSearch, searchNodes } from '@shared/domain/search';
import { aNode } from '../../factories/records';

const nodes = [
  aNode({ id: 'a', label: 'Thérèse Dubois', tags: ['panel'] }),
  aNode({ id: 'b', label: 'Cabinet Office', kind: 'organisation', notes: 'Owns data.gov.uk' }),
  aNode({
    id: 'c',
    label: 'Nigel Shadbolt',
    person: {
      role: 'Keynote speaker',
      email: '',
      phone: '',
      involvement: null,
      doNotContact: false,
    },
  }),
];

describe('search', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('  ThÉRÈSE ')).toBe('therese');
    expect(searchNodes(nodes, 'therese').map((node) => node.id)).toEqual(['a']);
  });

  it('looks in tags, role and notes as well as the label', () => {
    expect(searchNodes(nodes, 'PANEL').map((node) => node.id)).toEqual(['a']);
    expect(searchNodes(nodes, 'keynote').map((node) => node.id)).toEqual(['c']);
    expect(searchNodes(nodes, 'data.gov').map((node) => node.id)).toEqual(['b']);
  });

  it('needs every word, and puts label matches first', () => {
    const more = [...nodes, aNode({ id: 'd', label: 'Office hours', notes: 'cabinet' })];
    expect(searchNodes(more, 'cabinet office').map((node) => node.id)).toEqual(['b', 'd']);
    expect(searchNodes(more, '   ')).toEqual([]);
  });
});
