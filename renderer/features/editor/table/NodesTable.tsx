// Every node of the map in a sortable, filterable table: the accessible twin of the canvas. Rows
// are keyboard-navigable and share the selection with the canvas; label and kind edit in place.
// Several rows can be selected (modified clicks and keys, or Select all shown) for a bulk edit.

import { useMemo, useRef, useState } from 'react';
import { CommitTextField } from '../../../components/CommitTextField';
import { ENGAGEMENT_LABELS, NODE_KIND_LABELS } from '@shared/domain/labels';
import { searchNodes } from '@shared/domain/search';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { ENGAGEMENT_LEVELS, NODE_KINDS, type NodeKind } from '@shared/domain/vocabulary';
import { deleteNodesCommand, editNodeCommand } from '../../../commands/mapCommands';
import { announce, reportFailure, savedOrReported } from '../../../state/notices';
import { selectedNodeIds, selectNodes, toggleNode, type Selection } from '../../../state/selection';
import { sortRows, useSort, type SortValue } from './sorting';
import { selectableRowProps } from './selectableRow';
import { TableFrame } from './TableFrame';

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
  /**
   * Asks to delete several selected nodes (the editor confirms first); without it, Delete on a
   * row deletes that row alone.
   */
  /** Resolves true when the nodes went at once, false when the editor asks first. */
  onDeleteNodes?(ids: readonly string[]): Promise<boolean>;
}

export function NodesTable(props: NodesTableProps) {
  const { mapId, nodes, nodesById, relationships, visibleIds, selection, onSelect } = props;
  const [query, setQuery] = useState('');
  // Where a Shift range starts: the row last picked on its own or added with Ctrl or Shift+Space.
  const anchor = useRef<string | null>(null);
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
          // Along the scale, from unaware to leading: its labels in alphabetical order mean nothing.
          return node.assessment.engagementCurrent
            ? ENGAGEMENT_LEVELS.indexOf(node.assessment.engagementCurrent)
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
  const selectedIds = selectedNodeIds(selection);
  const selectedSet = new Set(selectedIds);
  // The one row in the tab order: the selected row, or the anchor of several (else the first of
  // them in the order shown).
  const activeId =
    selection?.type === 'node'
      ? selection.id
      : selection?.type === 'nodes'
        ? anchor.current !== null && selectedSet.has(anchor.current) && ids.includes(anchor.current)
          ? anchor.current
          : (ids.find((id) => selectedSet.has(id)) ?? null)
        : null;

  const selectOne = (id: string) => {
    anchor.current = id;
    onSelect({ type: 'node', id });
  };
  const toggle = (id: string) => {
    anchor.current = id;
    onSelect(toggleNode(selection, id));
  };
  const extendTo = (id: string) => {
    const from =
      anchor.current !== null && ids.includes(anchor.current) ? anchor.current : activeId;
    const start = from === null ? -1 : ids.indexOf(from);
    const end = ids.indexOf(id);
    if (start < 0 || end < 0) {
      selectOne(id);
      return;
    }
    anchor.current = from;
    onSelect(selectNodes(ids.slice(Math.min(start, end), Math.max(start, end) + 1)));
  };
  const selectAllShown = () => {
    anchor.current = ids[0] ?? null;
    onSelect(selectNodes(ids));
  };

  const remove = (id: string): Promise<boolean> => {
    if (props.onDeleteNodes) {
      const ids = selection?.type === 'nodes' && selectedSet.has(id) ? selection.ids : [id];
      return props.onDeleteNodes(ids);
    }
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
        reportFailure('The node was not deleted.')(error);
        return false;
      });
  };

  return (
    <TableFrame
      id="nodes-table"
      title="Nodes"
      filterLabel="Filter nodes"
      query={query}
      onQueryChange={setQuery}
      shown={rows.length}
      total={nodes.length}
      columns={COLUMNS}
      sort={sort}
      emptyMessage={
        nodes.length === 0 ? 'No nodes yet: add one with the toolbar.' : 'No nodes match.'
      }
      actions={
        <>
          <button type="button" disabled={ids.length === 0} onClick={selectAllShown}>
            Select all shown
          </button>
          {selectedIds.length > 1 && (
            <span className="muted" role="status">
              {selectedIds.length} selected
            </span>
          )}
        </>
      }
    >
      {rows.map((node, index) => {
        const name = node.label || '(no label)';
        const { influence, interest, engagementCurrent, ownerId } = node.assessment;
        return (
          <tr
            key={node.id}
            {...selectableRowProps({
              id: node.id,
              index,
              selectedId: activeId,
              ids,
              select: selectOne,
              remove,
              multi: { selected: selectedSet.has(node.id), toggle, extendTo },
            })}
          >
            <td>
              <CommitTextField
                hideLabel
                label={`Label of ${name}`}
                value={node.label}
                onCommit={(label) =>
                  savedOrReported(
                    editNodeCommand(mapId, node.id, { label }, `rename ${name}`),
                    'The change was not saved.',
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
                  }).catch(reportFailure('The change was not saved.'))
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
    </TableFrame>
  );
}
