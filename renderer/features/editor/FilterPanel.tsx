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
import { ENGAGEMENT_LEVELS, NODE_KINDS, type NodeKind } from '@shared/domain/vocabulary';
import { optionsOf } from '../../components/fields/options';
import { useSameList, useStableCallback } from '../../components/stableProps';
import { CheckboxGroup } from './CheckboxGroup';
import { nodeChoice } from './nodeChoices';
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

const KIND_CHOICES = optionsOf(NODE_KINDS, (kind) => NODE_KIND_LABELS[kind]);
const ENGAGEMENT_CHOICES = [
  ...optionsOf(ENGAGEMENT_LEVELS, (level) => ENGAGEMENT_LABELS[level]),
  { value: 'unknown' as const, label: 'Not known' },
];
/** Tags and sectors are listed as people typed them. */
const asItself = (text: string) => text;

/**
 * The people named as some node's owner, by label. One pass to collect the owner ids: asking each
 * person "does any node name you?" was a pass over the map per person, seconds at 5,000 nodes.
 */
function peopleWhoOwn(nodes: readonly StakeNode[]): StakeNode[] {
  const ownerIds = new Set(nodes.map((node) => node.assessment.ownerId));
  return sortByLabel(nodes).filter((node) => node.kind === 'person' && ownerIds.has(node.id));
}

export function FilterPanel(props: FilterPanelProps) {
  const { filter, focusHops } = props;
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
      {/* Closed, the panel draws none of its controls: on a large map its lists of tags, sectors
          and owners run to a thousand boxes or more, and the editor draws again after each edit. */}
      {open && <FilterControls {...props} />}
    </details>
  );
}

function FilterControls(props: FilterPanelProps) {
  const { nodes, filter, mode, focusHops, onFilterChange, onModeChange, onFocusChange } = props;
  const choices = useMemo(() => filterChoices(nodes), [nodes]);
  const tags = useSameList(choices.tags);
  const sectors = useSameList(choices.sectors);
  const tagChoices = useMemo(() => optionsOf(tags, asItself), [tags]);
  const sectorChoices = useMemo(() => optionsOf(sectors, asItself), [sectors]);
  const ownerList = useMemo(() => peopleWhoOwn(nodes), [nodes]);
  const owners = useSameList(ownerList.map(nodeChoice));
  const set = (patch: Partial<NodeFilter>) => onFilterChange({ ...filter, ...patch });
  // One function each for the groups' lifetime, so an edit elsewhere does not draw them again.
  const toggleKind = useStableCallback((kind: NodeKind) =>
    set({ kinds: toggle(filter.kinds, kind) }),
  );
  const toggleEngagement = useStableCallback((level: NodeFilter['engagement'][number]) =>
    set({ engagement: toggle(filter.engagement, level) }),
  );
  const toggleTag = useStableCallback((tag: string) => set({ tags: toggle(filter.tags, tag) }));
  const toggleSector = useStableCallback((sector: string) =>
    set({ sectors: toggle(filter.sectors, sector) }),
  );
  const toggleOwner = useStableCallback((ownerId: string) =>
    set({ ownerIds: toggle(filter.ownerIds, ownerId) }),
  );

  return (
    <>
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
        options={KIND_CHOICES}
        chosen={filter.kinds}
        onToggle={toggleKind}
      />
      <CheckboxGroup
        legend="Current engagement"
        options={ENGAGEMENT_CHOICES}
        chosen={filter.engagement}
        onToggle={toggleEngagement}
      />
      <CheckboxGroup legend="Tags" options={tagChoices} chosen={filter.tags} onToggle={toggleTag} />
      <CheckboxGroup
        legend="Sector"
        options={sectorChoices}
        chosen={filter.sectors}
        onToggle={toggleSector}
      />
      <CheckboxGroup
        legend="Owner"
        options={owners}
        chosen={filter.ownerIds}
        onToggle={toggleOwner}
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
    </>
  );
}
