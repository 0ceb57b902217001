import { describe, expect, it } from 'vitest';
import { detectFormat } from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';

describe('detectFormat', () => {
  it.each([
    ['Panel.stakemap.json', '{}', 'stakemap'],
    ['map.gexf', '', 'gexf'],
    ['map.GraphML', '', 'graphml'],
    ['nodes.csv', '', 'csv'],
    ['nodes.tsv', '', 'csv'],
    ['network.cyjs', '', 'cytoscape-json'],
  ])('%s by its name', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  it.each([
    ['export.json', 'handwritten/kumu-blueprint.json', 'kumu-json'],
    ['export.json', 'handwritten/kumu-project.json', 'kumu-json'],
    ['export.json', 'cytoscape-js/cy-json.json', 'cytoscape-json'],
    ['export.json', 'cytoscape-js/flat-elements.json', 'cytoscape-json'],
    ['graph.xml', 'networkx/stakeholders.gexf', 'gexf'],
    ['graph.xml', 'igraph/stakeholders.graphml', 'graphml'],
    ['download', 'libreoffice/elements-semicolon.csv', 'csv'],
  ])('%s holding %s by its content', (name, fixture, format) => {
    expect(detectFormat(name, readInterchangeFixture(fixture))).toBe(format);
  });

  it('knows a Stakemap file by its marker whatever it is called', () => {
    expect(detectFormat('copy.json', '\uFEFF{"format": "stakemap", "version": 1}')).toBe(
      'stakemap',
    );
  });

  it('says null when it cannot tell', () => {
    expect(detectFormat('notes.json', '{"hello": "world"}')).toBeNull();
    expect(detectFormat('page.xml', '<html></html>')).toBeNull();
    expect(detectFormat('photo.png', '\u0089PNG')).toBeNull();
  });
});
