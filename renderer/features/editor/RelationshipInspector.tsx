// Edits one relationship: its kind (or a custom label), direction, description and tags, with
// ways to jump to either end and to delete it.

import { CommitTextField } from '../../components/CommitTextField';
import { SelectField } from '../../components/fields/SelectField';
import { formatTags, parseTags } from '@shared/domain/nodes';
import { relationshipKindLabel } from '@shared/domain/relationships';
import type { Relationship, StakeNode } from '@shared/domain/types';
import {
  ATTENDANCE_STATUSES,
  RELATIONSHIP_KINDS,
  isKnownRelationshipKind,
  type AttendanceStatus,
} from '@shared/domain/vocabulary';
import { deleteRelationshipCommand, editRelationshipCommand } from '../../commands/mapCommands';
import type { RelationshipChanges } from '../../data/relationshipRepository';
import { announce, reportFailure, savedOrReported } from '../../state/notices';
import type { Selection } from '../../state/selection';

interface RelationshipInspectorProps {
  mapId: string;
  relationship: Relationship;
  nodesById: ReadonlyMap<string, StakeNode>;
  onSelect(selection: Selection): void;
}

export function RelationshipInspector(props: RelationshipInspectorProps) {
  const { mapId, relationship, nodesById, onSelect } = props;
  const source = nodesById.get(relationship.sourceId);
  const target = nodesById.get(relationship.targetId);
  const kindOptions: string[] = isKnownRelationshipKind(relationship.kind)
    ? [...RELATIONSHIP_KINDS]
    : [relationship.kind, ...RELATIONSHIP_KINDS];

  const save = (changes: RelationshipChanges) =>
    savedOrReported(
      editRelationshipCommand(mapId, relationship.id, changes),
      'The change was not saved.',
    );

  const remove = () => {
    deleteRelationshipCommand(mapId, relationship.id)
      .then(() => {
        onSelect(null);
        announce('Deleted the relationship. Undo brings it back.');
      })
      .catch(reportFailure('The relationship was not deleted.'));
  };

  return (
    <div className="inspector-content">
      <h2>Relationship</h2>
      <p className="relationship-ends">
        {source?.label || '(no label)'} {relationship.directed ? '→' : '—'}{' '}
        {target?.label || '(no label)'}
      </p>
      <label className="field">
        <span>Relationship kind</span>
        <select
          value={relationship.kind}
          onChange={(event) => {
            const kind = event.target.value;
            save({
              kind,
              attendance: kind === 'attends' ? (relationship.attendance ?? 'invited') : null,
            });
          }}
        >
          {kindOptions.map((kind) => (
            <option key={kind} value={kind}>
              {relationshipKindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      {relationship.kind === 'attends' && (
        <label className="field">
          <span>Attendance</span>
          <select
            value={relationship.attendance ?? 'invited'}
            onChange={(event) => save({ attendance: event.target.value as AttendanceStatus })}
          >
            {ATTENDANCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
      )}
      <CommitTextField
        label="Label"
        value={relationship.label}
        onCommit={(label) => save({ label })}
      />
      <CommitTextField
        label="Description"
        value={relationship.description}
        multiline
        onCommit={(description) => save({ description })}
      />
      <CommitTextField
        label="Tags"
        value={formatTags(relationship.tags)}
        hint="Separate tags with commas."
        onCommit={(text) => save({ tags: parseTags(text) })}
      />
      <CommitTextField
        label="Notes"
        value={relationship.notes}
        multiline
        onCommit={(notes) => save({ notes })}
      />
      <SelectField
        label="Strength"
        value={String(relationship.strength) as '1' | '2' | '3'}
        options={[
          { value: '1', label: '1 – weak' },
          { value: '2', label: '2 – moderate' },
          { value: '3', label: '3 – strong' },
        ]}
        onChange={(strength) => {
          if (strength) save({ strength: Number(strength) as 1 | 2 | 3 });
        }}
      />
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={relationship.directed}
          onChange={(event) => save({ directed: event.target.checked })}
        />
        <span>Directed</span>
      </label>
      <div className="button-row">
        <button type="button" onClick={() => onSelect({ type: 'node', id: relationship.sourceId })}>
          Select source
        </button>
        <button type="button" onClick={() => onSelect({ type: 'node', id: relationship.targetId })}>
          Select target
        </button>
      </div>
      <div className="inspector-danger">
        <button type="button" className="danger-outline" onClick={remove}>
          Delete relationship
        </button>
      </div>
    </div>
  );
}
