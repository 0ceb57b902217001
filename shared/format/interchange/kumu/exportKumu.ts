// Exporting a map as a Kumu blueprint: elements and connections with ids, Kumu's own fields
// (label, type, description, tags; from, to, type, direction, strength) and every other Stakemap
// field as a custom field under its display name. Positions go in `maps[0]`, as Kumu's project
// export keeps them; a `stakemap` block carries the map's name and, when redacted, says so.

import type { MapBundle } from '../../../domain/types';
import { relationshipKindLabel } from '../../../domain/relationships';
import { isKnownRelationshipKind } from '../../../domain/vocabulary';
import { edgeColumns, nodeColumns, type FlatColumn } from '../flatten';
import { addFields } from '../jsonFields';
import { bundleToWrite, REDACTION_NOTE } from '../redaction';
import type { ExportOptions } from '../types';

/** Kumu's own fields are lower case in its JSON; every other field is a custom field by its name. */
const KUMU_NAMES: Readonly<Record<string, string>> = {
  kind: 'type',
  description: 'description',
  tags: 'tags',
  label: 'label',
};

function kumuNamed<Item>(columns: readonly FlatColumn<Item>[]): FlatColumn<Item>[] {
  return columns.map((column) => ({
    ...column,
    header: Object.hasOwn(KUMU_NAMES, column.name)
      ? (KUMU_NAMES[column.name] ?? column.header)
      : column.header,
  }));
}

export function exportKumu(bundle: MapBundle, options: ExportOptions): string {
  const { map, nodes, relationships } = bundleToWrite(bundle, options.redacted);
  const nodeFields = kumuNamed(nodeColumns(nodes));
  const edgeFields = kumuNamed(
    edgeColumns(relationships).filter((column) => column.name !== 'kind'),
  );
  const elements = nodes.map((node) =>
    addFields({ id: node.id, label: node.label }, node, nodeFields, 'header'),
  );
  const connections = relationships.map((rel) =>
    addFields(
      {
        id: rel.id,
        from: rel.sourceId,
        to: rel.targetId,
        type: isKnownRelationshipKind(rel.kind) ? relationshipKindLabel(rel.kind) : rel.kind,
        direction: rel.directed ? 'directed' : 'undirected',
        strength: rel.strength,
      },
      rel,
      edgeFields,
      'header',
    ),
  );
  const file = {
    stakemap: {
      generator: 'Stakemap',
      name: map.name,
      description: map.description,
      ...(options.redacted ? { redacted: REDACTION_NOTE } : {}),
    },
    elements,
    connections,
    loops: [],
    maps: [
      {
        name: map.name,
        elements: nodes.map((node) => ({
          element: node.id,
          position: { x: node.position.x, y: node.position.y },
        })),
      },
    ],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
