// Every node of the map in a sortable, filterable table: the accessible twin of the canvas. Rows
// are keyboard-navigable and share the selection with the canvas; label and kind edit in place.

import { useMemo, useState } from 'react';
import { CommitTextField } from '../../../components/CommitTextField';
import { ENGAGEMENT_LABELS, NODE_KIND_LABELS } from '@shared/domain/labels';
import { searchNodes } from '@shared/domain/search';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { NODE_KINDS, type NodeKind } from '@shared/domain/vocabulary';
import { deleteNodesCommand, editNodeCommand } from '../../../commands/mapCommands';
import { announce, reportError } from '../../../state/notices';
import type { Selection } from '../../../state/selection';
import { SortHeader } from './SortHeader';
import { sortRows, useSort, type SortValue } from './sorting';
import { rowKeyHandler } from './useRowKeys';

type NodeColumn =
  'label' | 'kind' | 'tags' | 'influence' | 'interest' | 'engagement' | 'owner' | 'links';

const COLUMNS: ReadonlyArray<{ key: NodeColumn; label: string }> = [
  { key: 'label', label: 'Label' },
  { key: 'kind', label: 'Kind' },
  { key: 'tags', label: 'Tags' },
  { key: 'influence', label: 'Influence' },
  { key: 'interest', label: 'Interest' },
  { key: 'engagement', label: 'Engagement' },
  { key: 'owner', label: 'Owner' },
  { key: 'links', label: 'Relationships' },
];

interface NodesTableProps {
  mapId: string;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  visibleIds: ReadonlySet<string> | null;
  selection: Selection;
  onSelect(selection: Selection): void;
}

function failed(what: string) {
  return (error: unknown) =>
    reportError(what, [error instanceof Error ? error.message : String(error)]);
}

export function NodesTable(props: NodesTableProps) {
  const { mapId, nodes, nodesById, relationships, visibleIds, selection, onSelect } = props;
  const [query, setQuery] = useState('');
  const sort = useSort<NodeColumn>('label');

  const linkCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const rel of relationships) {
      counts.set(rel.sourceId, (counts.get(rel.sourceId) ?? 0) + 1);
      counts.set(rel.targetId, (counts.get(rel.targetId) ?? 0) + 1);
    }
    return counts;
  }, [relationships]);

  const rows = useMemo(() => {
    const shown = visibleIds ? nodes.filter((node) => visibleIds.has(node.id)) : nodes;
    const matched = query.trim() ? searchNodes(shown, query) : shown;
    const valueOf = (node: StakeNode, key: NodeColumn): SortValue => {
      switch (key) {
        case 'label':
          return node.label;
        case 'kind':
          return NODE_KIND_LABELS[node.kind];
        case 'tags':
          return node.tags.join(', ');
        case 'influence':
          return node.assessment.influence;
        case 'interest':
          return node.assessment.interest;
        case 'engagement':
          return node.assessment.engagementCurrent
            ? ENGAGEMENT_LABELS[node.assessment.engagementCurrent]
            : null;
        case 'owner':
          return node.assessment.ownerId
            ? (nodesById.get(node.assessment.ownerId)?.label ?? null)
            : null;
        case 'links':
          return linkCounts.get(node.id) ?? 0;
      }
    };
    return sortRows(matched, sort.key, sort.direction, valueOf);
  }, [nodes, visibleIds, query, sort.key, sort.direction, nodesById, linkCounts]);

  const ids = rows.map((node) => node.id);
  const selectedId = selection?.type === 'node' ? selection.id : null;
  const remove = (id: string): Promise<boolean> => {
    const label = nodesById.get(id)?.label ?? 'the node';
    return deleteNodesCommand(mapId, [id])
      .then((removed) => {
        onSelect(null);
        announce(
          `Deleted ${label} and ${removed.relationships.length} relationships. Undo brings them back.`,
        );
        return true;
      })
      .catch((error: unknown) => {
        failed('The node was not deleted.')(error);
        return false;
      });
  };

  return (
    <section aria-labelledby="nodes-table-heading" className="table-section">
      <div className="table-heading">
        <h2 id="nodes-table-heading">Nodes</h2>
        <label className="field field-row">
          <span>Filter nodes</span>
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <span className="muted" aria-live="polite">
          {rows.length} of {nodes.length} shown
        </span>
      </div>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="nodes-table-heading">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column.key}
                  label={column.label}
                  active={sort.key === column.key}
                  direction={sort.direction}
                  onSort={() => sort.toggle(column.key)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((node, index) => {
              const selected = node.id === selectedId;
              const name = node.label || '(no label)';
              const { influence, interest, engagementCurrent, ownerId } = node.assessment;
              return (
                <tr
                  key={node.id}
                  data-row-id={node.id}
                  aria-selected={selected}
                  tabIndex={selected || (selectedId === null && index === 0) ? 0 : -1}
                  className={selected ? 'selected' : undefined}
                  onClick={() => onSelect({ type: 'node', id: node.id })}
                  onFocus={(event) => {
                    if (event.target === event.currentTarget && !selected) {
                      onSelect({ type: 'node', id: node.id });
                    }
                  }}
                  onKeyDown={rowKeyHandler({
                    ids,
                    currentId: node.id,
                    onMove: (id) => onSelect({ type: 'node', id }),
                    onDelete: remove,
                  })}
                >
                  <td>
                    <CommitTextField
                      hideLabel
                      label={`Label of ${name}`}
                      value={node.label}
                      onCommit={(label) =>
                        editNodeCommand(mapId, node.id, { label }, `rename ${name}`).catch(
                          failed('The change was not saved.'),
                        )
                      }
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`Kind of ${name}`}
                      value={node.kind}
                      onChange={(event) =>
                        editNodeCommand(mapId, node.id, {
                          kind: event.target.value as NodeKind,
                        }).catch(failed('The change was not saved.'))
                      }
                    >
                      {NODE_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {NODE_KIND_LABELS[kind]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{node.tags.join(', ')}</td>
                  <td>{influence ?? <span className="muted">not assessed</span>}</td>
                  <td>{interest ?? <span className="muted">not assessed</span>}</td>
                  <td>{engagementCurrent ? ENGAGEMENT_LABELS[engagementCurrent] : ''}</td>
                  <td>{ownerId ? (nodesById.get(ownerId)?.label ?? '') : ''}</td>
                  <td>{linkCounts.get(node.id) ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="muted table-empty">
            {nodes.length === 0 ? 'No nodes yet: add one with the toolbar.' : 'No nodes match.'}
          </p>
        )}
      </div>
    </section>
  );
}
