// Who a message is for: chosen nodes, everyone with one of some tags, and every node of some
// kinds. Each change is saved as one undoable edit of the message.

import { filterChoices } from '@shared/domain/filters';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { isStakeholder } from '@shared/domain/planning/stakeholders';
import type { KeyMessage, MessageAudience, StakeNode } from '@shared/domain/types';
import { NODE_KINDS } from '@shared/domain/vocabulary';
import { NodePicker } from '../common/NodePicker';

interface AudienceEditorProps {
  message: KeyMessage;
  nodes: readonly StakeNode[];
  onChange(audience: MessageAudience): void;
}

export function AudienceEditor({ message, nodes, onChange }: AudienceEditorProps) {
  const { audience } = message;
  const tags = filterChoices(nodes).tags.filter((tag) => !audience.tags.includes(tag));
  const update = (changes: Partial<MessageAudience>) => onChange({ ...audience, ...changes });

  return (
    <fieldset className="planning-fieldset">
      <legend>Audience</legend>
      <NodePicker
        label="Stakeholders"
        nodes={nodes}
        value={audience.nodeIds}
        allow={isStakeholder}
        onChange={(nodeIds) => update({ nodeIds })}
      />
      <div className="node-picker" role="group" aria-label="Tags">
        <span className="node-picker-label">Everyone tagged</span>
        {audience.tags.length > 0 && (
          <ul className="chips" aria-label="Tags: chosen">
            {audience.tags.map((tag) => (
              <li key={tag} className="chip">
                <span>{tag}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => update({ tags: audience.tags.filter((other) => other !== tag) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <select
          aria-label="Add a tag"
          value=""
          onChange={(event) => {
            if (event.target.value) update({ tags: [...audience.tags, event.target.value] });
          }}
        >
          <option value="">Add a tag…</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-group">
        <legend>Every node of kind</legend>
        {NODE_KINDS.map((kind) => (
          <label key={kind} className="checkbox-field">
            <input
              type="checkbox"
              checked={audience.kinds.includes(kind)}
              onChange={(event) =>
                update({
                  kinds: event.target.checked
                    ? [...audience.kinds, kind]
                    : audience.kinds.filter((other) => other !== kind),
                })
              }
            />
            <span>{NODE_KIND_LABELS[kind]}</span>
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
