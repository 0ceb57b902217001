// Every relationship of the map in a sortable, filterable table, sharing the selection with the
// canvas; kind and direction edit in place, and each end can be jumped to.

import { useMemo, useState } from 'react';
import { foldForSearch } from '@shared/domain/search';
import { relationshipKindLabel } from '@shared/domain/relationships';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { RELATIONSHIP_KINDS, isKnownRelationshipKind } from '@shared/domain/vocabulary';
import { deleteRelationshipCommand, editRelationshipCommand } from '../../../commands/mapCommands';
import { announce, reportFailure } from '../../../state/notices';
import type { Selection } from '../../../state/selection';
import { sortRows, useSort, type SortValue } from './sorting';
import { selectableRowProps } from './selectableRow';
import { TableFrame } from './TableFrame';

type RelationshipColumn = 'source' | 'kind' | 'target' | 'directed' | 'strength';

const COLUMNS: ReadonlyArray<{ key: RelationshipColumn; label: string }> = [
  { key: 'source', label: 'From' },
  { key: 'kind', label: 'Kind' },
  { key: 'target', label: 'To' },
  { key: 'directed', label: 'Directed' },
  { key: 'strength', label: 'Strength' },
];

interface RelationshipsTableProps {
  mapId: string;
  relationships: readonly Relationship[];
  nodesById: ReadonlyMap<string, StakeNode>;
  visibleIds: ReadonlySet<string> | null;
  selection: Selection;
  onSelect(selection: Selection): void;
}

export function RelationshipsTable(props: RelationshipsTableProps) {
  const { mapId, relationships, nodesById, visibleIds, selection, onSelect } = props;
  const [query, setQuery] = useState('');
  const sort = useSort<RelationshipColumn>('source');
  const labelOf = (id: string) => nodesById.get(id)?.label || '(no label)';

  const rows = useMemo(() => {
    const name = (id: string) => nodesById.get(id)?.label || '(no label)';
    const folded = foldForSearch(query);
    const shown = relationships.filter((rel) => {
      if (visibleIds && !(visibleIds.has(rel.sourceId) && visibleIds.has(rel.targetId)))
        return false;
      if (!folded) return true;
      const text = foldForSearch(
        `${name(rel.sourceId)} ${relationshipKindLabel(rel.kind)} ${rel.label} ${name(rel.targetId)}`,
      );
      return folded.split(/\s+/).every((word) => text.includes(word));
    });
    const valueOf = (rel: Relationship, key: RelationshipColumn): SortValue => {
      switch (key) {
        case 'source':
          return name(rel.sourceId);
        case 'kind':
          return relationshipKindLabel(rel.kind);
        case 'target':
          return name(rel.targetId);
        case 'directed':
          return rel.directed ? 'yes' : 'no';
        case 'strength':
          return rel.strength;
      }
    };
    return sortRows(shown, sort.key, sort.direction, valueOf);
  }, [relationships, nodesById, visibleIds, query, sort.key, sort.direction]);

  const ids = rows.map((rel) => rel.id);
  const selectedId = selection?.type === 'relationship' ? selection.id : null;
  const remove = (id: string): Promise<boolean> =>
    deleteRelationshipCommand(mapId, id)
      .then(() => {
        onSelect(null);
        announce('Deleted the relationship. Undo brings it back.');
        return true;
      })
      .catch((error: unknown) => {
        reportFailure('The relationship was not deleted.')(error);
        return false;
      });

  return (
    <TableFrame
      id="relationships-table"
      title="Relationships"
      filterLabel="Filter relationships"
      query={query}
      onQueryChange={setQuery}
      shown={rows.length}
      total={relationships.length}
      columns={COLUMNS}
      sort={sort}
      emptyMessage={
        relationships.length === 0
          ? 'No relationships yet: connect two nodes from the inspector.'
          : 'No relationships match.'
      }
    >
      {rows.map((rel, index) => {
        const name = `${labelOf(rel.sourceId)} ${relationshipKindLabel(rel.kind)} ${labelOf(rel.targetId)}`;
        const kinds = isKnownRelationshipKind(rel.kind)
          ? RELATIONSHIP_KINDS
          : [rel.kind, ...RELATIONSHIP_KINDS];
        return (
          <tr
            key={rel.id}
            {...selectableRowProps({
              id: rel.id,
              index,
              selectedId,
              ids,
              select: (id) => onSelect({ type: 'relationship', id }),
              remove,
            })}
          >
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={`Go to ${labelOf(rel.sourceId)}`}
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect({ type: 'node', id: rel.sourceId });
                }}
              >
                {labelOf(rel.sourceId)}
              </button>
            </td>
            <td>
              <select
                aria-label={`Kind of ${name}`}
                value={rel.kind}
                onChange={(event) =>
                  editRelationshipCommand(mapId, rel.id, {
                    kind: event.target.value,
                    attendance:
                      event.target.value === 'attends' ? (rel.attendance ?? 'invited') : null,
                  }).catch(reportFailure('The change was not saved.'))
                }
              >
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {relationshipKindLabel(kind)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={`Go to ${labelOf(rel.targetId)}`}
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect({ type: 'node', id: rel.targetId });
                }}
              >
                {labelOf(rel.targetId)}
              </button>
            </td>
            <td>
              <input
                type="checkbox"
                aria-label={`${name} is directed`}
                checked={rel.directed}
                onChange={(event) =>
                  editRelationshipCommand(mapId, rel.id, {
                    directed: event.target.checked,
                  }).catch(reportFailure('The change was not saved.'))
                }
              />
            </td>
            <td>{rel.strength}</td>
          </tr>
        );
      })}
    </TableFrame>
  );
}
