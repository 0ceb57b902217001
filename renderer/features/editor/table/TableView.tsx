// The table view: nodes above, relationships below, both sharing the map's selection.

import type { Relationship, StakeNode } from '@shared/domain/types';
import type { Selection } from '../../../state/selection';
import { NodesTable } from './NodesTable';
import { RelationshipsTable } from './RelationshipsTable';

interface TableViewProps {
  mapId: string;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  visibleIds: ReadonlySet<string> | null;
  selection: Selection;
  onSelect(selection: Selection): void;
  /** Asks to delete several selected nodes (the editor confirms first). */
  /** Resolves true when the nodes went at once, false when the editor asks first. */
  onDeleteNodes?(ids: readonly string[]): Promise<boolean>;
}

export function TableView(props: TableViewProps) {
  return (
    <div className="table-view">
      <NodesTable {...props} />
      <RelationshipsTable
        mapId={props.mapId}
        relationships={props.relationships}
        nodesById={props.nodesById}
        visibleIds={props.visibleIds}
        selection={props.selection}
        onSelect={props.onSelect}
      />
    </div>
  );
}
