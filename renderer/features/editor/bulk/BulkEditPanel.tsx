// The inspector when several nodes are selected: says how many and which, and edits their kind,
// tags, owner, sector and engagement together. Fields where the nodes differ show "(mixed)" and
// are left alone unless the user changes them; Apply writes every node in one transaction, as one
// undoable step. Delete asks first (the editor's dialog), then removes them all as one step.

import { useMemo, useState } from 'react';
import { isEmptyBulkEdit, summariseNodes } from '@shared/domain/bulkEdit';
import { ENGAGEMENT_LABELS, NODE_KIND_LABELS } from '@shared/domain/labels';
import type { StakeNode } from '@shared/domain/types';
import { ENGAGEMENT_LEVELS, NODE_KINDS } from '@shared/domain/vocabulary';
import { bulkEditNodesCommand } from '../../../commands/mapCommands';
import { optionsOf } from '../../../components/fields/options';
import { pluralise } from '../../../components/relativeTime';
import { announce, reportFailure } from '../../../state/notices';
import type { Selection } from '../../../state/selection';
import { sortByLabel } from '../sortByLabel';
import { EMPTY_DRAFT, editOf, type BulkDraft } from './bulkDraft';
import { MIXED, MixedSelect } from './MixedSelect';
import { TagChanges } from './TagChanges';

interface BulkEditPanelProps {
  mapId: string;
  /** The selected nodes: two or more. */
  selected: readonly StakeNode[];
  nodes: readonly StakeNode[];
  onSelect(selection: Selection): void;
  /** Asks to delete the selected nodes; without it, no delete is offered. */
  onDelete?(): void;
}

const KINDS = optionsOf(NODE_KINDS, (kind) => NODE_KIND_LABELS[kind]);
const ENGAGEMENT = optionsOf(ENGAGEMENT_LEVELS, (level) => ENGAGEMENT_LABELS[level]);

export function BulkEditPanel({ mapId, selected, nodes, onSelect, onDelete }: BulkEditPanelProps) {
  const [draft, setDraft] = useState<BulkDraft>(EMPTY_DRAFT);
  const [saving, setSaving] = useState(false);
  const summary = useMemo(() => summariseNodes(selected), [selected]);
  const count = pluralise(selected.length, 'node');
  const edit = editOf(draft);
  const unchanged = isEmptyBulkEdit(edit);
  // The owner is a person on the map; one of the selected people cannot own the others and
  // themselves, so the choice is among the rest.
  const people = useMemo(() => {
    const chosen = new Set(selected.map((node) => node.id));
    return sortByLabel(nodes.filter((node) => node.kind === 'person' && !chosen.has(node.id))).map(
      (person) => ({ value: person.id, label: person.label || '(no label)' }),
    );
  }, [nodes, selected]);
  const change = (changes: Partial<BulkDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));

  const apply = () => {
    setSaving(true);
    bulkEditNodesCommand(
      mapId,
      selected.map((node) => node.id),
      edit,
    )
      .then((changed) => {
        setDraft(EMPTY_DRAFT);
        announce(
          changed === 0
            ? `Nothing changed: the ${selected.length} nodes already had these values.`
            : `Changed ${pluralise(changed, 'node')}. Undo changes ${changed === 1 ? 'it' : 'them'} back.`,
        );
      })
      .catch(reportFailure('The bulk edit was not saved.'))
      .finally(() => setSaving(false));
  };

  return (
    <div className="inspector-content">
      <h2>{count} selected</h2>
      <ul className="bulk-selected-list" aria-label="Selected nodes">
        {sortByLabel(selected).map((node) => (
          <li key={node.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => onSelect({ type: 'node', id: node.id })}
            >
              {node.label || '(no label)'}
              <span className="visually-hidden">: select only this node</span>
            </button>{' '}
            <span className="muted">{NODE_KIND_LABELS[node.kind]}</span>
          </li>
        ))}
      </ul>
      <form
        className="inspector-content"
        aria-label={`Edit ${count} together`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!unchanged && !saving) apply();
        }}
      >
        <p className="muted">
          Fields marked {MIXED} differ between the nodes and stay as they are unless you change
          them.
        </p>
        <MixedSelect
          label="Kind"
          shared={summary.kind}
          value={draft.kind}
          options={KINDS}
          onChange={(kind) => change({ kind: kind ?? undefined })}
        />
        <TagChanges
          summary={summary}
          nodeCount={selected.length}
          addTags={draft.addTags}
          removeTags={draft.removeTags}
          onAddTagsChange={(addTags) => change({ addTags })}
          onRemoveTagsChange={(removeTags) => change({ removeTags })}
        />
        <fieldset className="inspector-section">
          <legend>Assessment</legend>
          <MixedSelect
            label="Current engagement"
            shared={summary.engagementCurrent}
            value={draft.engagementCurrent}
            options={ENGAGEMENT}
            emptyLabel="Not known"
            onChange={(engagementCurrent) => change({ engagementCurrent })}
          />
          <MixedSelect
            label="Target engagement"
            shared={summary.engagementTarget}
            value={draft.engagementTarget}
            options={ENGAGEMENT}
            emptyLabel="Not set"
            onChange={(engagementTarget) => change({ engagementTarget })}
          />
          <label className="field">
            <span>Sector</span>
            <input
              type="text"
              value={draft.sector ?? (summary.sector.mixed ? '' : summary.sector.value)}
              placeholder={summary.sector.mixed ? MIXED : undefined}
              onChange={(event) => change({ sector: event.target.value })}
            />
          </label>
          <MixedSelect
            label="Owner"
            shared={summary.ownerId}
            value={draft.ownerId}
            options={people}
            emptyLabel="No owner"
            onChange={(ownerId) => change({ ownerId })}
          />
        </fieldset>
        <div className="bulk-buttons">
          <button type="submit" className="primary" disabled={unchanged || saving}>
            Apply to {count}
          </button>
          <button type="button" disabled={unchanged} onClick={() => setDraft(EMPTY_DRAFT)}>
            Discard changes
          </button>
        </div>
      </form>
      <div className="inspector-danger bulk-buttons">
        <button type="button" onClick={() => onSelect(null)}>
          Select none
        </button>
        {onDelete && (
          <button type="button" className="danger-outline" onClick={onDelete}>
            Delete {count}
          </button>
        )}
      </div>
    </div>
  );
}
