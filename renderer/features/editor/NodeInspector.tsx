// Edits one node: its label, kind, description and tags; lists its relationships; connects it to
// another node; deletes it (with its relationships, after asking).

import { CommitTextField } from '../../components/CommitTextField';
import { pluralise } from '../../components/relativeTime';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { formatTags, parseTags } from '@shared/domain/nodes';
import type { Relationship, StakeNode } from '@shared/domain/types';
import { NODE_KINDS, type NodeKind } from '@shared/domain/vocabulary';
import { deleteNodesCommand, editNodeCommand } from '../../commands/mapCommands';
import type { NodeUpdate } from '../../data/nodeRepository';
import { announce, reportFailure, savedOrReported } from '../../state/notices';
import type { Selection } from '../../state/selection';
import { ConnectForm } from './ConnectForm';
import { ContactHistory } from './ContactHistory';
import { AssessmentFields } from './details/AssessmentFields';
import { KindFields } from './details/KindFields';
import { NodeRelationshipsList } from './NodeRelationshipsList';

interface NodeInspectorProps {
  mapId: string;
  node: StakeNode;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
  onSelect(selection: Selection): void;
  /** Deletes the node through the editor, which asks first when other records name it. */
  onDelete?(): void;
}

export function NodeInspector(props: NodeInspectorProps) {
  const { mapId, node, nodes, nodesById, relationships, onSelect } = props;
  const own = relationships.filter((rel) => rel.sourceId === node.id || rel.targetId === node.id);

  const save = (update: NodeUpdate) =>
    savedOrReported(
      editNodeCommand(mapId, node.id, update, `edit ${node.label || 'node'}`),
      'The change was not saved.',
    );

  const remove = () => {
    if (props.onDelete) {
      props.onDelete();
      return;
    }
    deleteNodesCommand(mapId, [node.id])
      .then((removed) => {
        onSelect(null);
        announce(
          `Deleted ${node.label || 'the node'} and ${pluralise(removed.relationships.length, 'relationship')}. Undo brings them back.`,
        );
      })
      .catch(reportFailure('The node was not deleted.'));
  };

  return (
    <div className="inspector-content">
      <h2>{NODE_KIND_LABELS[node.kind]}</h2>
      <CommitTextField label="Label" value={node.label} onCommit={(label) => save({ label })} />
      <label className="field">
        <span>Kind</span>
        <select
          value={node.kind}
          onChange={(event) => save({ kind: event.target.value as NodeKind })}
        >
          {NODE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {NODE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <CommitTextField
        label="Description"
        value={node.description}
        multiline
        onCommit={(description) => save({ description })}
      />
      <CommitTextField
        label="Tags"
        value={formatTags(node.tags)}
        hint="Separate tags with commas."
        onCommit={(text) => save({ tags: parseTags(text) })}
      />
      <CommitTextField
        label="Notes"
        value={node.notes}
        multiline
        onCommit={(notes) => save({ notes })}
      />
      <KindFields node={node} save={save} />
      <AssessmentFields node={node} nodes={nodes} save={save} />
      <ContactHistory mapId={mapId} node={node} nodesById={nodesById} />
      <NodeRelationshipsList
        node={node}
        relationships={own}
        nodesById={nodesById}
        onSelect={onSelect}
      />
      <ConnectForm mapId={mapId} node={node} nodes={nodes} />
      <div className="inspector-danger">
        <button type="button" className="danger-outline" onClick={remove}>
          Delete node
        </button>
      </div>
    </div>
  );
}
