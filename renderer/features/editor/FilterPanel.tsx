// The filter panel: narrow the map by kind, tag, sector, engagement, owner and do-not-contact;
// choose whether what does not match is dimmed or hidden; focus on the selection's neighbourhood.

import { useMemo, useState } from 'react';
import { ENGAGEMENT_LABELS, NODE_KIND_LABELS } from '@shared/domain/labels';
import {
  EMPTY_FILTER,
  filterChoices,
  isFilterActive,
  type NodeFilter,
} from '@shared/domain/filters';
import type { StakeNode } from '@shared/domain/types';
import { ENGAGEMENT_LEVELS, NODE_KINDS } from '@shared/domain/vocabulary';
import { sortByLabel } from './sortByLabel';
import type { FocusHops } from './visibility';

export type FilterMode = 'dim' | 'hide';

interface FilterPanelProps {
  nodes: readonly StakeNode[];
  filter: NodeFilter;
  mode: FilterMode;
  focusHops: FocusHops;
  onFilterChange(filter: NodeFilter): void;
  onModeChange(mode: FilterMode): void;
  onFocusChange(hops: FocusHops): void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

function CheckboxGroup<T extends string>(props: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  chosen: readonly T[];
  onToggle(value: T): void;
}) {
  if (props.options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="checkbox-field">
          <input
            type="checkbox"
            checked={props.chosen.includes(option.value)}
            onChange={() => props.onToggle(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The people named as some node's owner, by label. One pass to collect the owner ids: asking each
 * person "does any node name you?" was a pass over the map per person, seconds at 5,000 nodes.
 */
function peopleWhoOwn(nodes: readonly StakeNode[]): StakeNode[] {
  const ownerIds = new Set(nodes.map((node) => node.assessment.ownerId));
  return sortByLabel(nodes).filter((node) => node.kind === 'person' && ownerIds.has(node.id));
}

export function FilterPanel(props: FilterPanelProps) {
  const { nodes, filter, mode, focusHops, onFilterChange, onModeChange, onFocusChange } = props;
  const { tags, sectors } = useMemo(() => filterChoices(nodes), [nodes]);
  const owners = useMemo(() => peopleWhoOwn(nodes), [nodes]);
  const set = (patch: Partial<NodeFilter>) => onFilterChange({ ...filter, ...patch });
  // Open or closed is the user's choice alone. Deriving it from "is a filter on" closed the panel
  // under the pointer the moment the last filter went (Clear filters, unticking the last box).
  const [open, setOpen] = useState(isFilterActive(filter) || focusHops > 0);

  return (
    <details
      className="filter-panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h2 id="filter-heading">Filter and focus</h2>
        {isFilterActive(filter) && <span className="filter-badge">on</span>}
      </summary>
      <button
        type="button"
        onClick={() => onFilterChange(EMPTY_FILTER)}
        disabled={!isFilterActive(filter)}
      >
        Clear filters
      </button>
      <label className="field">
        <span>Focus on selection</span>
        <select
          value={focusHops}
          onChange={(event) => onFocusChange(Number(event.target.value) as FocusHops)}
        >
          <option value={0}>Off</option>
          <option value={1}>Selection and 1 step</option>
          <option value={2}>Selection and 2 steps</option>
        </select>
      </label>
      <fieldset className="filter-group">
        <legend>What does not match</legend>
        <label className="checkbox-field">
          <input
            type="radio"
            name="filter-mode"
            checked={mode === 'dim'}
            onChange={() => onModeChange('dim')}
          />
          <span>Dim it</span>
        </label>
        <label className="checkbox-field">
          <input
            type="radio"
            name="filter-mode"
            checked={mode === 'hide'}
            onChange={() => onModeChange('hide')}
          />
          <span>Hide it</span>
        </label>
      </fieldset>
      <CheckboxGroup
        legend="Kind"
        options={NODE_KINDS.map((kind) => ({ value: kind, label: NODE_KIND_LABELS[kind] }))}
        chosen={filter.kinds}
        onToggle={(kind) => set({ kinds: toggle(filter.kinds, kind) })}
      />
      <CheckboxGroup
        legend="Current engagement"
        options={[
          ...ENGAGEMENT_LEVELS.map((level) => ({ value: level, label: ENGAGEMENT_LABELS[level] })),
          { value: 'unknown' as const, label: 'Not known' },
        ]}
        chosen={filter.engagement}
        onToggle={(level) => set({ engagement: toggle(filter.engagement, level) })}
      />
      <CheckboxGroup
        legend="Tags"
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        chosen={filter.tags}
        onToggle={(tag) => set({ tags: toggle(filter.tags, tag) })}
      />
      <CheckboxGroup
        legend="Sector"
        options={sectors.map((sector) => ({ value: sector, label: sector }))}
        chosen={filter.sectors}
        onToggle={(sector) => set({ sectors: toggle(filter.sectors, sector) })}
      />
      <CheckboxGroup
        legend="Owner"
        options={owners.map((owner) => ({ value: owner.id, label: owner.label || '(no label)' }))}
        chosen={filter.ownerIds}
        onToggle={(ownerId) => set({ ownerIds: toggle(filter.ownerIds, ownerId) })}
      />
      <label className="field">
        <span>Do not contact</span>
        <select
          value={filter.doNotContact}
          onChange={(event) =>
            set({ doNotContact: event.target.value as NodeFilter['doNotContact'] })
          }
        >
          <option value="any">Show everyone</option>
          <option value="hide">Leave out do-not-contact people</option>
          <option value="only">Only do-not-contact people</option>
        </select>
      </label>
    </details>
  );
}
