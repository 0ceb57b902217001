// One key message being edited: title, text and status, its audience and deliveries, and the
// audience list for it, exportable as CSV.

import { CommitTextField } from '../../../components/CommitTextField';
import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { messageAudienceList } from '@shared/domain/planning/audienceList';
import type { KeyMessage, Relationship, StakeNode } from '@shared/domain/types';
import { MESSAGE_STATUSES } from '@shared/domain/vocabulary';
import { deleteMessageCommand, editMessageCommand } from '../../../commands/planningCommands';
import type { MessageChanges } from '../../../data/messageRepository';
import { announce } from '../../../state/notices';
import { AudienceExport } from '../common/AudienceExport';
import { failure } from '../common/failure';
import { usePendingRecord } from '../common/usePendingRecord';
import { AudienceEditor } from './AudienceEditor';
import { DeliveriesEditor } from './DeliveriesEditor';

interface MessageEditorProps {
  mapId: string;
  message: KeyMessage;
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  relationships: readonly Relationship[];
}

export function MessageEditor(props: MessageEditorProps) {
  const { mapId, nodes, nodesById, relationships } = props;
  const pending = usePendingRecord(props.message);
  const message = pending.current;
  const title = message.title || '(untitled)';
  const save = (changes: MessageChanges, label: string) => {
    pending.remember(changes);
    return editMessageCommand(mapId, message.id, changes, label).catch((error: unknown) => {
      pending.forget();
      failure('Saving the message')(error);
    });
  };

  return (
    <section className="planning-panel message-editor" aria-label={`Message: ${title}`}>
      <CommitTextField
        label="Title"
        value={message.title}
        onCommit={(next) => void save({ title: next.trim() }, 'edit message')}
      />
      <CommitTextField
        label="Text"
        value={message.text}
        multiline
        onCommit={(text) => void save({ text }, 'edit message')}
      />
      <SelectField
        label="Status"
        value={message.status}
        options={optionsOf(MESSAGE_STATUSES)}
        onChange={(status) => {
          if (status) void save({ status }, `mark ${status}`);
        }}
      />
      <AudienceEditor
        message={message}
        nodes={nodes}
        onChange={(audience) => void save({ audience }, 'edit audience')}
      />
      <DeliveriesEditor
        deliveries={message.deliveries}
        nodes={nodes}
        nodesById={nodesById}
        onChange={(deliveries) => void save({ deliveries }, 'edit deliveries')}
      />
      <AudienceExport title={title} list={messageAudienceList(message, nodes, relationships)} />
      <div className="inspector-danger">
        <button
          type="button"
          className="danger-outline"
          onClick={() =>
            deleteMessageCommand(mapId, message.id)
              .then(() => announce(`Deleted “${title}”. Undo brings it back.`))
              .catch(failure('Deleting the message'))
          }
        >
          Delete message
        </button>
      </div>
    </section>
  );
}
