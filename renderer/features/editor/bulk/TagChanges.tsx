// The tags part of the bulk-edit panel: which tags the selected nodes have (on all, or on some:
// "mixed"), a box for tags to add to every node, and a checkbox per tag to remove it from all.

import { useId } from 'react';
import type { BulkSummary } from '@shared/domain/bulkEdit';
import { MIXED } from './MixedSelect';

interface TagChangesProps {
  summary: BulkSummary;
  nodeCount: number;
  addTags: string;
  removeTags: readonly string[];
  onAddTagsChange(text: string): void;
  onRemoveTagsChange(tags: string[]): void;
}

export function TagChanges(props: TagChangesProps) {
  const { summary, nodeCount, addTags, removeTags, onAddTagsChange, onRemoveTagsChange } = props;
  const present = [
    ...summary.tagsOnAll.map((tag) => ({ tag, where: 'on all' })),
    ...summary.tagsOnSome.map(({ tag, count }) => ({ tag, where: `on ${count} of ${nodeCount}` })),
  ];
  const hintId = useId();
  const toggle = (tag: string, remove: boolean) =>
    onRemoveTagsChange(remove ? [...removeTags, tag] : removeTags.filter((other) => other !== tag));

  return (
    <fieldset className="inspector-section">
      <legend>Tags</legend>
      <p className="muted">
        {present.length === 0
          ? 'None of these nodes has a tag.'
          : summary.tagsOnSome.length > 0
            ? `${MIXED} Some tags are on only some of the nodes.`
            : 'Every node has the same tags.'}
      </p>
      <label className="field">
        <span id={`${hintId}-label`}>Add tags</span>
        <input
          type="text"
          value={addTags}
          aria-labelledby={`${hintId}-label`}
          aria-describedby={hintId}
          onChange={(event) => onAddTagsChange(event.target.value)}
        />
        <small id={hintId} className="muted">
          Separate tags with commas; each is added to every selected node.
        </small>
      </label>
      {present.length > 0 && (
        <fieldset className="bulk-remove-tags">
          <legend>Remove tags</legend>
          {present.map(({ tag, where }) => (
            <label key={tag} className="checkbox-field">
              <input
                type="checkbox"
                checked={removeTags.includes(tag)}
                onChange={(event) => toggle(tag, event.target.checked)}
              />
              <span>
                {tag} ({where})
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
