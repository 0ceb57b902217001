// Importing Cytoscape.js JSON: what `cy.json()` writes (`elements.nodes` and `elements.edges`),
// Cytoscape desktop's .cyjs (the same, with its own data fields), and a flat `elements` array
// (or a bare array) where each element is an edge if its `group` says so or it has a source and
// a target. Positions come from `position`; compound parents are kept as an extra field.

import { formatPath, problem } from '../../problems';
import { emptyGraph, type ForeignField, type ForeignGraph } from '../foreign';
import { fieldValue, idText, isRecord, own, positionFrom, readJsonInput } from '../jsonInput';
import { MAX_ELEMENTS, tooManyElements } from '../limits';
import { mapGraph } from '../mapGraph';
import { REDACTION_NOTE } from '../redaction';
import type { ImportOptions, ImportResult } from '../types';
import { guardImport } from '../guard';

type Path = (string | number)[];

interface Listed {
  item: unknown;
  path: Path;
  group: 'nodes' | 'edges' | null;
}

function listed(root: unknown, out: ForeignGraph): Listed[] {
  const top = isRecord(root) ? own(root, 'elements') : root;
  const base: Path = isRecord(root) ? ['elements'] : [];
  if (Array.isArray(top)) {
    return (top as unknown[]).map((item, index) => ({ item, path: [...base, index], group: null }));
  }
  if (isRecord(top)) {
    const found: Listed[] = [];
    for (const group of ['nodes', 'edges'] as const) {
      const list = own(top, group) ?? [];
      if (!Array.isArray(list)) {
        out.problems.push(problem([...base, group], `expected a list of ${group}`));
        continue;
      }
      (list as unknown[]).forEach((item, index) =>
        found.push({ item, path: [...base, group, index], group }),
      );
    }
    return found;
  }
  out.problems.push(problem('', 'This is not a Cytoscape.js file: it has no "elements".'));
  return [];
}

function dataFields(
  data: Record<string, unknown>,
  path: Path,
  skip: ReadonlySet<string>,
): ForeignField[] {
  return Object.entries(data)
    .filter(([name]) => !skip.has(name))
    .map(([name, value]) => ({
      name,
      value: fieldValue(value),
      where: formatPath([...path, 'data', name]),
    }));
}

const NODE_STRUCTURE = new Set(['id']);
const EDGE_STRUCTURE = new Set(['source', 'target']);

function readElement(entry: Listed, out: ForeignGraph): void {
  const { item, path } = entry;
  if (!isRecord(item)) {
    out.problems.push(problem(path, 'expected an element (an object with "data")'));
    return;
  }
  const data = own(item, 'data');
  if (!isRecord(data)) {
    out.problems.push(problem([...path, 'data'], 'missing; every element needs a "data" object'));
    return;
  }
  const group = entry.group ?? own(item, 'group');
  const isEdge =
    group === 'edges' ||
    (group !== 'nodes' && own(data, 'source') !== undefined && own(data, 'target') !== undefined);
  const id = idText(own(data, 'id'));
  if (isEdge) {
    const source = idText(own(data, 'source'));
    const target = idText(own(data, 'target'));
    if (source === null)
      out.problems.push(
        problem([...path, 'data', 'source'], 'missing; an edge needs a source node id'),
      );
    if (target === null)
      out.problems.push(
        problem([...path, 'data', 'target'], 'missing; an edge needs a target node id'),
      );
    out.edges.push({
      where: formatPath(path),
      id,
      source: source ?? '',
      sourceWhere: formatPath([...path, 'data', 'source']),
      target: target ?? '',
      targetWhere: formatPath([...path, 'data', 'target']),
      directed: null,
      fields: dataFields(data, path, EDGE_STRUCTURE),
    });
    return;
  }
  if (id === null)
    out.problems.push(problem([...path, 'data', 'id'], 'missing; every node needs an id'));
  if (own(data, 'parent') !== undefined) {
    out.mapped.push("Compound parents (data.parent) kept as the extra field 'parent'");
  }
  out.nodes.push({
    where: formatPath(path),
    id,
    idWhere: formatPath([...path, 'data', 'id']),
    label: null,
    fields: dataFields(data, path, NODE_STRUCTURE),
    position: positionFrom(own(item, 'position')),
  });
}

function readGraphData(root: unknown, out: ForeignGraph): void {
  if (!isRecord(root)) return;
  const generator = own(root, 'generated_by');
  if (typeof generator === 'string') {
    out.mapped.push(`Written by ${generator}`);
    out.source.trustWeights = generator.startsWith('Stakemap');
  }
  const data = own(root, 'data');
  if (!isRecord(data)) return;
  const name = own(data, 'name');
  const description = own(data, 'description');
  if (typeof name === 'string') out.mapName = name;
  if (typeof description === 'string') out.mapDescription = description;
  if (own(data, 'redacted') === REDACTION_NOTE)
    out.mapped.push(`The file says: "${REDACTION_NOTE}"`);
}

function readCytoscape(text: string, options: ImportOptions = {}): ImportResult {
  const json = readJsonInput(text, options.fileName ?? '');
  if (!json.ok) return json;
  const out = emptyGraph({
    fieldNoun: 'Field',
    createMissingEnds: false,
    labelsAreIds: false,
    textValues: false,
    trustWeights: false,
  });
  readGraphData(json.value, out);
  const entries = listed(json.value, out);
  if (entries.length > MAX_ELEMENTS) {
    out.problems.push(problem('', tooManyElements(entries.length)));
    return mapGraph(out, options);
  }
  for (const entry of entries) readElement(entry, out);
  return mapGraph(out, options);
}

/** Never throws: see guard.ts. */
export const importCytoscape = guardImport(readCytoscape);
