// Importing Kumu JSON: the simple blueprint (`elements`, `connections`, `loops`; the label is the
// identity unless an `id` is given) and the full project export (`_id`, an `attributes` object
// with lower-cased keys, positions in `maps[0].elements[].position`). Keys are matched without
// case, as Kumu's own are.

import { formatPath, problem } from '../../problems';
import { emptyGraph, type ForeignField, type ForeignGraph } from '../foreign';
import { fieldValue, idText, isRecord, own, positionFrom, readJsonInput } from '../jsonInput';
import { MAX_ELEMENTS, tooManyElements } from '../limits';
import { mapGraph } from '../mapGraph';
import { REDACTION_NOTE } from '../redaction';
import type { ImportOptions, ImportResult } from '../types';
import { guardImport } from '../guard';

type Path = (string | number)[];

const NODE_STRUCTURE = new Set(['_id', 'attributes']);
const EDGE_STRUCTURE = new Set(['_id', 'id', 'from', 'to', 'attributes']);

/** Every field of a record: its own keys and those of its `attributes` object. */
function fieldsOf(
  record: Record<string, unknown>,
  path: Path,
  skip: ReadonlySet<string>,
): ForeignField[] {
  const fields: ForeignField[] = [];
  for (const [name, value] of Object.entries(record)) {
    if (skip.has(name)) continue;
    fields.push({ name, value: fieldValue(value), where: formatPath([...path, name]) });
  }
  const attributes = own(record, 'attributes');
  if (isRecord(attributes)) {
    for (const [name, value] of Object.entries(attributes)) {
      fields.push({
        name,
        value: fieldValue(value),
        where: formatPath([...path, 'attributes', name]),
      });
    }
  }
  return fields;
}

function positions(
  root: Record<string, unknown>,
  out: ForeignGraph,
): Map<string, { x: number; y: number }> {
  const found = new Map<string, { x: number; y: number }>();
  const maps = own(root, 'maps');
  const first: unknown = Array.isArray(maps) ? maps[0] : undefined;
  if (!isRecord(first)) return found;
  const elements = own(first, 'elements');
  if (!Array.isArray(elements)) return found;
  for (const item of elements as unknown[]) {
    if (!isRecord(item)) continue;
    const id = idText(own(item, 'element'));
    const position = positionFrom(own(item, 'position'));
    if (id !== null && position) found.set(id, position);
  }
  if (found.size > 0) out.mapped.push("Positions read from the file's first map (maps[0])");
  if (Array.isArray(maps) && maps.length > 1) {
    out.notUnderstood.push(`The file has ${maps.length} maps; positions come from the first one`);
  }
  return found;
}

function readElements(root: Record<string, unknown>, out: ForeignGraph): void {
  const elements = own(root, 'elements') ?? [];
  if (!Array.isArray(elements)) {
    out.problems.push(problem('elements', 'expected a list of elements'));
    return;
  }
  const placed = positions(root, out);
  (elements as unknown[]).forEach((item, index) => {
    const path: Path = ['elements', index];
    if (!isRecord(item)) {
      out.problems.push(problem(path, 'expected an element (an object)'));
      return;
    }
    const id = idText(own(item, '_id')) ?? idText(own(item, 'id'));
    if (id === null) out.source.labelsAreIds = true;
    const idKey = own(item, '_id') === undefined ? 'id' : '_id';
    out.nodes.push({
      where: formatPath(path),
      id,
      idWhere: formatPath([...path, idKey]),
      label: null,
      fields: fieldsOf(item, path, NODE_STRUCTURE),
      position: id === null ? null : (placed.get(id) ?? null),
    });
  });
}

function endsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(idText).filter((end): end is string => end !== null);
  const end = idText(value);
  return end === null ? [] : [end];
}

function readConnections(root: Record<string, unknown>, out: ForeignGraph): void {
  const connections = own(root, 'connections') ?? [];
  if (!Array.isArray(connections)) {
    out.problems.push(problem('connections', 'expected a list of connections'));
    return;
  }
  (connections as unknown[]).forEach((item, index) => {
    const path: Path = ['connections', index];
    if (!isRecord(item)) {
      out.problems.push(problem(path, 'expected a connection (an object)'));
      return;
    }
    const sources = endsOf(own(item, 'from'));
    const targets = endsOf(own(item, 'to'));
    if (sources.length === 0)
      out.problems.push(
        problem([...path, 'from'], 'missing; name the element this connection starts from'),
      );
    if (targets.length === 0)
      out.problems.push(
        problem([...path, 'to'], 'missing; name the element this connection goes to'),
      );
    const fields = fieldsOf(item, path, EDGE_STRUCTURE);
    const id = idText(own(item, '_id')) ?? idText(own(item, 'id'));
    for (const source of sources) {
      for (const target of targets) {
        out.edges.push({
          where: formatPath(path),
          id: sources.length * targets.length === 1 ? id : null,
          source,
          sourceWhere: formatPath([...path, 'from']),
          target,
          targetWhere: formatPath([...path, 'to']),
          directed: null,
          fields,
        });
      }
    }
  });
}

function readStakemapMarker(root: Record<string, unknown>, out: ForeignGraph): void {
  const marker = own(root, 'stakemap');
  if (!isRecord(marker)) return;
  out.source.trustWeights = true;
  const name = own(marker, 'name');
  const description = own(marker, 'description');
  if (typeof name === 'string') out.mapName = name;
  if (typeof description === 'string') out.mapDescription = description;
  if (own(marker, 'redacted') === REDACTION_NOTE)
    out.mapped.push(`The file says: "${REDACTION_NOTE}"`);
}

function readKumu(text: string, options: ImportOptions = {}): ImportResult {
  const json = readJsonInput(text, options.fileName ?? '');
  if (!json.ok) return json;
  const out = emptyGraph({
    fieldNoun: 'Field',
    createMissingEnds: true,
    labelsAreIds: false,
    textValues: false,
    trustWeights: false,
  });
  const root = json.value;
  if (
    !isRecord(root) ||
    (own(root, 'elements') === undefined && own(root, 'connections') === undefined)
  ) {
    out.problems.push(
      problem('', 'This is not a Kumu file: it has no "elements" or "connections" list.'),
    );
    return mapGraph(out, options);
  }
  const listed = [own(root, 'elements'), own(root, 'connections')];
  const total = listed.reduce<number>(
    (sum, list) => sum + (Array.isArray(list) ? list.length : 0),
    0,
  );
  if (total > MAX_ELEMENTS) {
    out.problems.push(problem('', tooManyElements(total)));
    return mapGraph(out, options);
  }
  readStakemapMarker(root, out);
  readElements(root, out);
  readConnections(root, out);
  const loops = own(root, 'loops');
  if (Array.isArray(loops) && loops.length > 0) {
    out.notUnderstood.push(
      `${loops.length === 1 ? '1 loop was' : `${loops.length} loops were`} not imported: Stakemap has no loops`,
    );
  }
  return mapGraph(out, options);
}

/** Never throws: see guard.ts. */
export const importKumu = guardImport(readKumu);
