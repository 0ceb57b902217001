// The one step every importer ends with: another tool's nodes and edges (foreign.ts) become the
// records of a new Stakemap map, with a summary of how each field was read. Problems that make
// the file ambiguous (a repeated id, an edge to nowhere) stop the import; anything else is
// imported safely and said in the summary.

import { createNode } from '../../domain/nodes';
import { createRelationship } from '../../domain/relationships';
import type { MapBundle, Relationship, StakeNode } from '../../domain/types';
import { NODE_KINDS, type NodeKind } from '../../domain/vocabulary';
import { err, ok } from '../../result';
import type { FormatProblem } from '../fileTypes';
import { capProblems, describeValue, problem } from '../problems';
import { applyEdgeFields } from './edgeFields';
import { edgeFieldOf } from './fieldNames';
import { asText } from './values';
import type { FieldContext } from './fieldNotes';
import type { ForeignEdge, ForeignGraph } from './foreign';
import { UNTYPED_NODE_KIND } from './kinds';
import { MAX_ELEMENTS, tooManyElements } from './limits';
import { applyNodeField } from './nodeFields';
import { applyOtherNodeField, kindPhrase, mapNodes, UniqueIds, type NodeIndex } from './mapNodes';
import { gridPositions } from './placement';
import { applyStrengths, type WeightedRelationship } from './strength';
import { count, SummaryNotes } from './summaryNotes';
import type { ImportOptions, ImportResult } from './types';
import { stripRedactionNote } from './redaction';

/** The time records get until attachImport gives them the real one. */
export const PLACEHOLDER_TIME = '1970-01-01T00:00:00.000Z';

function mapNameOf(graph: ForeignGraph, options: ImportOptions): string {
  if (graph.mapName && graph.mapName.trim() !== '') return graph.mapName.trim();
  const fileName = options.fileName?.replace(/^.*[/\\]/, '') ?? '';
  const stem = fileName.replace(/(\.stakemap)?\.[^.]+$/, '').trim();
  return stem === '' ? 'Imported map' : stem;
}

interface EndContext {
  ctx: FieldContext;
  index: NodeIndex;
  graph: ForeignGraph;
  nodeIds: UniqueIds;
  now: string;
  problems: FormatProblem[];
}

/** The node an edge end names: by id, then by a label only one node has, else a new node. */
function endNode(end: EndContext, name: string, where: string): StakeNode | undefined {
  const { index } = end;
  const found = index.byId.get(name) ?? index.byLabel.get(name);
  if (found) return found;
  if (index.byLabel.get(name) === null) {
    end.problems.push(
      problem(
        where,
        `${describeValue(name)} is the label of more than one node; use an id instead`,
      ),
    );
    return undefined;
  }
  if (!end.graph.source.createMissingEnds || name.trim() === '') {
    end.problems.push(problem(where, `${describeValue(name)} is not a node in this file`));
    return undefined;
  }
  const node = createNode({
    id: end.nodeIds.fresh(),
    mapId: '',
    kind: UNTYPED_NODE_KIND,
    label: name,
    position: { x: 0, y: 0 },
    now: end.now,
  });
  index.nodes.push(node);
  index.byLabel.set(name, node);
  index.unplaced.push(node);
  end.ctx.notes.group(
    'notUnderstood',
    'created-end',
    where,
    (n, first) =>
      `${count(n, 'node was', 'nodes were')} named only in relationships (first at ${first}): ` +
      `created as ${kindPhrase(UNTYPED_NODE_KIND, n)} with no other details`,
  );
  return node;
}

/** The id the format holds for an edge, or the one in an ID field (a spreadsheet column). */
function edgeIdOf(edge: ForeignEdge): string | null {
  const field = edge.fields.find((item) => edgeFieldOf(item.name) === 'id');
  const id = edge.id ?? (field ? asText(field.value).trim() : null);
  return id === '' ? null : id;
}

function mapEdges(end: EndContext, edges: readonly ForeignEdge[]): Relationship[] {
  const { ctx, index } = end;
  const relIds = new UniqueIds('r');
  for (const node of index.nodes) relIds.take(node.id);
  const seen = new Set<string>();
  const weighted: WeightedRelationship[] = [];
  const relationships: Relationship[] = [];
  for (const edge of edges) {
    const source = endNode(end, edge.source, edge.sourceWhere);
    const target = endNode(end, edge.target, edge.targetWhere);
    if (!source || !target) continue;
    let id = edgeIdOf(edge);
    if (id !== null && (seen.has(id) || end.nodeIds.has(id) || index.byId.has(id))) {
      ctx.notes.group(
        'notUnderstood',
        'edge-id',
        edge.where,
        (n, first) =>
          `${count(n, 'relationship id was', 'relationship ids were')} also the id of a node or of another relationship (first at ${first}): ` +
          'those relationships were given new ids',
      );
      id = null;
    }
    const rel = createRelationship({
      id: id ?? relIds.fresh(),
      mapId: '',
      sourceId: source.id,
      targetId: target.id,
      kind: '',
      now: end.now,
    });
    seen.add(rel.id);
    relIds.take(rel.id);
    rel.attendance = null;
    const { weight } = applyEdgeFields(ctx, rel, edge);
    if (weight) weighted.push({ relationship: rel, weight });
    relationships.push(rel);
  }
  applyStrengths(weighted, ctx.notes, ctx.noun, end.graph.source.trustWeights);
  return relationships;
}

function placeUnplaced(index: NodeIndex, notes: SummaryNotes): void {
  if (index.unplaced.length === 0) return;
  const unplaced = new Set(index.unplaced);
  const placed = index.nodes.filter((node) => !unplaced.has(node)).map((node) => node.position);
  const grid = gridPositions(index.unplaced.length, placed);
  index.unplaced.forEach((node, i) => (node.position = grid[i] ?? { x: 0, y: 0 }));
  notes.mapped(
    placed.length === 0
      ? 'The file holds no positions: nodes were placed in a grid (run a layout to arrange them)'
      : `${count(index.unplaced.length, 'node')} without a position ${index.unplaced.length === 1 ? 'was' : 'were'} placed in a grid below the others`,
  );
}

function countsByKind(nodes: readonly StakeNode[]): Record<NodeKind, number> {
  const counts = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<
    NodeKind,
    number
  >;
  for (const node of nodes) counts[node.kind] += 1;
  return counts;
}

export function mapGraph(graph: ForeignGraph, options: ImportOptions = {}): ImportResult {
  if (graph.problems.length > 0) return err(capProblems(graph.problems));
  const total = graph.nodes.length + graph.edges.length;
  if (total > MAX_ELEMENTS) return err([problem('', tooManyElements(total))]);
  options.onChecking?.();

  const now = options.now ?? PLACEHOLDER_TIME;
  const notes = new SummaryNotes();
  graph.mapped.forEach((sentence) => notes.mapped(sentence));
  graph.notUnderstood.forEach((sentence) => notes.notUnderstood(sentence));
  const ctx: FieldContext = {
    notes,
    noun: graph.source.fieldNoun,
    textValues: graph.source.textValues,
  };
  const problems: FormatProblem[] = [];
  const nodeIds = new UniqueIds('n');

  const index = mapNodes({
    ctx,
    nodes: graph.nodes,
    labelsAreIds: graph.source.labelsAreIds,
    now,
    problems,
    nodeIds,
    applyField: (node, field) =>
      applyOtherNodeField(ctx, node, field, (id) => applyNodeField(ctx, node, id, field)),
  });
  const relationships = mapEdges({ ctx, index, graph, nodeIds, now, problems }, graph.edges);
  if (problems.length > 0) return err(capProblems(problems));
  placeUnplaced(index, notes);

  const description = stripRedactionNote(graph.mapDescription, notes);
  const bundle: MapBundle = {
    map: { id: '', name: mapNameOf(graph, options), description, createdAt: now, updatedAt: now },
    nodes: index.nodes,
    relationships,
    interactions: [],
    actions: [],
    messages: [],
  };
  const { mapped, notUnderstood } = notes.summary();
  return ok({
    bundle,
    summary: {
      countsByKind: countsByKind(index.nodes),
      relationships: relationships.length,
      mapped,
      notUnderstood,
    },
  });
}
