// What a meeting pack says, worked out from the map and what the editor shows now: a row per
// stakeholder on screen, the key messages meant for them and the open actions that concern them.
// Pure, so the printed pack and its tests read the same answer. Redaction goes through the same
// redactBundle every export uses, so the pack leaves out exactly what the files leave out.

import { ENGAGEMENT_LABELS, NODE_KIND_LABELS } from '@shared/domain/labels';
import { isOverdue, sortActions } from '@shared/domain/planning/actions';
import { lastContactByNode } from '@shared/domain/planning/contacts';
import { isInAudience } from '@shared/domain/planning/coverage';
import { dayOf, type Day } from '@shared/domain/planning/days';
import {
  compareLabels,
  isStakeholder,
  sortNodesByLabel,
} from '@shared/domain/planning/stakeholders';
import type { EngagementLevel, MessageStatus } from '@shared/domain/vocabulary';
import type { MapBundle, StakeNode } from '@shared/domain/types';
import { redactBundle } from '@shared/format';

export interface StakeholderRow {
  id: string;
  label: string;
  kind: string;
  role: string;
  /** The organisations a person works for (works-for relationships), joined with commas. */
  organisation: string;
  /** "Neutral → Supportive", or "Not assessed". */
  engagement: string;
  owner: string;
  /** The last contact on or before the day of the pack; null when none (or redacted). */
  lastContact: Day | null;
}

export interface MessageRow {
  id: string;
  title: string;
  text: string;
  status: MessageStatus;
  /** The shown nodes this message is meant for, by label. */
  audience: string[];
}

export interface ActionRow {
  id: string;
  title: string;
  due: Day | null;
  overdue: boolean;
  owner: string;
  /** The shown nodes the action concerns, by label. */
  concerns: string[];
  /** Empty in a redacted pack. */
  notes: string;
}

export interface MeetingPackContent {
  mapName: string;
  /** The day the pack was made, which "overdue" and "last contact" are measured against. */
  day: Day;
  redacted: boolean;
  /** How many of the map's nodes (of every kind) are shown, and how many it has. */
  shownNodes: number;
  totalNodes: number;
  stakeholders: StakeholderRow[];
  messages: MessageRow[];
  actions: ActionRow[];
}

export interface MeetingPackRequest {
  /** The nodes the editor shows now (filter, focus, scope); null when it shows every node. */
  visibleIds: ReadonlySet<string> | null;
  today: Day;
  redacted: boolean;
}

const NO_LABEL = '(no label)';

function labelOf(node: StakeNode | undefined): string {
  if (!node) return '';
  return node.label || NO_LABEL;
}

function engagementText(current: EngagementLevel | null, target: EngagementLevel | null): string {
  if (current === null && target === null) return 'Not assessed';
  const from = current === null ? 'Not assessed' : ENGAGEMENT_LABELS[current];
  return target === null ? from : `${from} → ${ENGAGEMENT_LABELS[target]}`;
}

/** Labels of the shown nodes among `ids`, in reading order. */
function shownLabels(ids: readonly string[], shown: ReadonlyMap<string, StakeNode>): string[] {
  return ids
    .filter((id, index) => shown.has(id) && ids.indexOf(id) === index)
    .map((id) => labelOf(shown.get(id)))
    .sort(compareLabels);
}

export function meetingPackContent(
  source: MapBundle,
  { visibleIds, today, redacted }: MeetingPackRequest,
): MeetingPackContent {
  const bundle = redacted ? redactBundle(source) : source;
  const nodesById = new Map(bundle.nodes.map((node) => [node.id, node]));
  const shownNodes = visibleIds
    ? bundle.nodes.filter((node) => visibleIds.has(node.id))
    : bundle.nodes;
  const shown = new Map(shownNodes.map((node) => [node.id, node]));
  const lastContact = lastContactByNode(bundle.interactions, today);

  const employers = new Map<string, StakeNode[]>();
  for (const rel of bundle.relationships) {
    if (rel.kind !== 'works-for') continue;
    const employer = nodesById.get(rel.targetId);
    if (!employer) continue;
    employers.set(rel.sourceId, [...(employers.get(rel.sourceId) ?? []), employer]);
  }

  // Events and channels are places of engagement, not stakeholders: the picture shows them.
  const stakeholders = sortNodesByLabel(shownNodes.filter(isStakeholder)).map((node) => {
    const ownerId = node.assessment.ownerId;
    return {
      id: node.id,
      label: labelOf(node),
      kind: NODE_KIND_LABELS[node.kind],
      role: node.kind === 'person' ? (node.person?.role ?? '') : '',
      organisation: sortNodesByLabel(employers.get(node.id) ?? [])
        .map(labelOf)
        .join(', '),
      engagement: engagementText(
        node.assessment.engagementCurrent,
        node.assessment.engagementTarget,
      ),
      owner: ownerId ? labelOf(nodesById.get(ownerId)) : '',
      lastContact: lastContact.get(node.id) ?? null,
    };
  });

  const messages = bundle.messages
    .map((message) => ({
      id: message.id,
      title: message.title,
      text: message.text,
      status: message.status,
      audience: sortNodesByLabel(shownNodes.filter((node) => isInAudience(message, node))).map(
        labelOf,
      ),
    }))
    .filter((message) => message.audience.length > 0);

  const actions = sortActions(bundle.actions)
    .filter((action) => !action.done && action.nodeIds.some((id) => shown.has(id)))
    .map((action) => ({
      id: action.id,
      title: action.title,
      due: dayOf(action.due),
      overdue: isOverdue(action, today),
      owner: action.ownerId ? labelOf(nodesById.get(action.ownerId)) : '',
      concerns: shownLabels(action.nodeIds, shown),
      notes: action.notes,
    }));

  return {
    mapName: bundle.map.name,
    day: today,
    redacted,
    shownNodes: shownNodes.length,
    totalNodes: bundle.nodes.length,
    stakeholders,
    messages,
    actions,
  };
}
