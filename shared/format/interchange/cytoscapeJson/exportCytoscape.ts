// Exporting a map as Cytoscape.js JSON, in the shape `cy.json()` writes and Cytoscape desktop
// reads as .cyjs: every Stakemap field in `data` (typed), positions in `position`, strength as
// `weight`, direction as `directed`. The map's name and description, and the redaction sentence
// when there is one, are in the top-level `data`.

import type { MapBundle } from '../../../domain/types';
import { edgeColumns, nodeColumns } from '../flatten';
import { addFields } from '../jsonFields';
import { bundleToWrite, REDACTION_NOTE } from '../redaction';
import type { ExportOptions } from '../types';

export function exportCytoscape(bundle: MapBundle, options: ExportOptions): string {
  const { map, nodes, relationships } = bundleToWrite(bundle, options.redacted);
  const nodeFields = nodeColumns(nodes);
  const edgeFields = edgeColumns(relationships);
  const file = {
    format_version: '1.0',
    generated_by: 'Stakemap',
    target_cytoscapejs_version: '~3',
    data: {
      name: map.name,
      description: map.description,
      ...(options.redacted ? { redacted: REDACTION_NOTE } : {}),
    },
    elements: {
      nodes: nodes.map((node) => ({
        data: addFields({ id: node.id, label: node.label }, node, nodeFields, 'name'),
        position: { x: node.position.x, y: node.position.y },
      })),
      edges: relationships.map((rel) => ({
        data: addFields(
          {
            id: rel.id,
            source: rel.sourceId,
            target: rel.targetId,
            directed: rel.directed,
            weight: rel.strength,
          },
          rel,
          edgeFields,
          'name',
        ),
      })),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
