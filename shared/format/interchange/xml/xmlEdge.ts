// GEXF and GraphML name an edge's ends the same way, as source and target attributes. One reader
// for both, so a missing end gets the same message, pointing at the attribute, in either format.

import { problem } from '../../problems';
import type { ForeignEdge, ForeignField, ForeignGraph } from '../foreign';
import { attributePath, type XmlElement } from './readXml';

export function pushXmlEdge(
  out: ForeignGraph,
  edge: XmlElement,
  directed: boolean | null,
  fields: ForeignField[],
): void {
  const source = edge.attributes.get('source');
  const target = edge.attributes.get('target');
  for (const [end, value] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (value === undefined)
      out.problems.push(problem(attributePath(edge, end), `missing; an edge needs a ${end} node`));
  }
  const read: ForeignEdge = {
    where: edge.path,
    id: edge.attributes.get('id') ?? null,
    source: source ?? '',
    sourceWhere: attributePath(edge, 'source'),
    target: target ?? '',
    targetWhere: attributePath(edge, 'target'),
    directed,
    fields,
  };
  out.edges.push(read);
}
