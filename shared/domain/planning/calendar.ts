// The engagement calendar: events (from their start to their end) and action due dates as items
// on days, which items fall in a period, who is involved in a period, and rescheduling.

import type { Action, EventDetails, Relationship, StakeNode } from '../types';
import type { EventStatus } from '../vocabulary';
import { isOverdue } from './actions';
import { addDays, addMonths, daysBetween, dayOf, firstDayOf, lastDayOf, monthOf } from './days';
import type { Day, Month } from './days';
import { compareLabels } from './stakeholders';

interface ItemBase {
  /** The node id of an event, the action id of an action. */
  id: string;
  title: string;
}

export interface EventItem extends ItemBase {
  type: 'event';
  start: Day;
  end: Day;
  status: EventStatus | null;
}

export interface ActionItem extends ItemBase {
  type: 'action';
  start: Day;
  end: Day;
  done: boolean;
  overdue: boolean;
}

export type CalendarItem = EventItem | ActionItem;

export interface UndatedItem extends ItemBase {
  type: 'event' | 'action';
}

export interface CalendarItems {
  dated: CalendarItem[];
  /** Events without a start and actions without a due date: plans still to be scheduled. */
  undated: UndatedItem[];
}

function compareItems(a: CalendarItem, b: CalendarItem): number {
  return (
    a.start.localeCompare(b.start) ||
    (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1) ||
    compareLabels(a.title, b.title)
  );
}

export function calendarItems(
  nodes: readonly StakeNode[],
  actions: readonly Action[],
  today: Day,
): CalendarItems {
  const dated: CalendarItem[] = [];
  const undated: UndatedItem[] = [];
  for (const node of nodes) {
    if (node.kind !== 'event') continue;
    const start = dayOf(node.event?.start);
    const title = node.label || '(no label)';
    if (!start) {
      undated.push({ type: 'event', id: node.id, title });
      continue;
    }
    const end = dayOf(node.event?.end);
    dated.push({
      type: 'event',
      id: node.id,
      title,
      start,
      end: end && end >= start ? end : start,
      status: node.event?.status ?? null,
    });
  }
  for (const action of actions) {
    const due = dayOf(action.due);
    const title = action.title || '(untitled action)';
    if (!due) {
      if (!action.done) undated.push({ type: 'action', id: action.id, title });
      continue;
    }
    dated.push({
      type: 'action',
      id: action.id,
      title,
      start: due,
      end: due,
      done: action.done,
      overdue: isOverdue(action, today),
    });
  }
  undated.sort((a, b) => compareLabels(a.title, b.title));
  return { dated: dated.sort(compareItems), undated };
}

export function overlaps(item: CalendarItem, from: Day, to: Day): boolean {
  return item.start <= to && item.end >= from;
}

export function itemsBetween(items: readonly CalendarItem[], from: Day, to: Day): CalendarItem[] {
  return items.filter((item) => overlaps(item, from, to));
}

export function itemsInMonth(items: readonly CalendarItem[], month: Month): CalendarItem[] {
  return itemsBetween(items, firstDayOf(month), lastDayOf(month));
}

/** The roles that make someone part of an event: attending (unless declined), speaking, organising. */
function eventPeople(eventId: string, relationships: readonly Relationship[]): string[] {
  const ids: string[] = [];
  for (const rel of relationships) {
    const other =
      rel.targetId === eventId ? rel.sourceId : rel.sourceId === eventId ? rel.targetId : null;
    if (other === null) continue;
    if (rel.kind === 'attends' && rel.attendance !== 'declined') ids.push(other);
    if (rel.kind === 'speaks-at' || rel.kind === 'organises') ids.push(other);
  }
  return ids;
}

/**
 * Who is involved in a period: its events with their attendees, speakers, organisers and owners,
 * and the owners of actions due in it. The events are included so that the network view can
 * show how everyone is connected to them.
 */
export function involvedIn(
  items: readonly CalendarItem[],
  from: Day,
  to: Day,
  context: {
    nodesById: ReadonlyMap<string, StakeNode>;
    relationships: readonly Relationship[];
    actions: readonly Action[];
  },
): Set<string> {
  const involved = new Set<string>();
  const actionsById = new Map(context.actions.map((action) => [action.id, action]));
  for (const item of itemsBetween(items, from, to)) {
    if (item.type === 'event') {
      involved.add(item.id);
      for (const id of eventPeople(item.id, context.relationships)) involved.add(id);
      const owner = context.nodesById.get(item.id)?.assessment.ownerId;
      if (owner) involved.add(owner);
    } else {
      const owner = actionsById.get(item.id)?.ownerId;
      if (owner) involved.add(owner);
    }
  }
  return new Set([...involved].filter((id) => context.nodesById.has(id)));
}

/**
 * The month a six-month plan opens on: this month when anything is dated from now on. A map whose
 * dates are all past (an old or imported one) opens where its work last stood: the month of its
 * latest logged contact, when something is dated after it; failing that, on the six months that
 * end with its latest item (or its first item, if that is later).
 */
export function planStartMonth(
  items: readonly CalendarItem[],
  today: Day,
  lastContact: Day | null,
): Month {
  const thisMonth = monthOf(today);
  if (items.length === 0 || items.some((item) => item.end >= firstDayOf(thisMonth))) {
    return thisMonth;
  }
  if (lastContact && items.some((item) => item.end >= lastContact)) return monthOf(lastContact);
  const starts = items.map((item) => item.start).sort();
  const earliest = monthOf(starts[0] ?? today);
  const sixBeforeLatest = addMonths(monthOf(starts.at(-1) ?? today), -5);
  return sixBeforeLatest > earliest ? sixBeforeLatest : earliest;
}

export function monthsFrom(start: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, index) => addMonths(start, index));
}

/** Moves an event to start on `start`, keeping its length and any time of day it has. */
export function rescheduleEvent(event: EventDetails, start: Day): EventDetails {
  const oldStart = dayOf(event.start);
  const oldEnd = dayOf(event.end);
  const timeOf = (date: string | null) => (date && dayOf(date) ? date.slice(10) : '');
  let end: Day | null = null;
  if (oldStart && oldEnd && oldEnd >= oldStart) end = addDays(start, daysBetween(oldStart, oldEnd));
  else if (oldEnd && oldEnd >= start) end = oldEnd;
  return {
    ...event,
    start: `${start}${timeOf(event.start)}`,
    end: end === null ? null : `${end}${timeOf(event.end)}`,
  };
}
