// The Calendar tab: the six-month plan and a month page of events and action due dates. Picking a
// day creates an event; dragging an item (or changing its date in the side panel) reschedules
// it; picking a month shows who is involved in it in the network view.

import { useState } from 'react';
import {
  calendarItems,
  involvedIn,
  monthsFrom,
  planStartMonth,
  rescheduleEvent,
} from '@shared/domain/planning/calendar';
import type { CalendarItem, UndatedItem } from '@shared/domain/planning/calendar';
import { lastContactByNode } from '@shared/domain/planning/contacts';
import {
  addMonths,
  firstDayOf,
  formatMonth,
  lastDayOf,
  type Day,
  type Month,
} from '@shared/domain/planning/days';
import { eventOf } from '@shared/domain/details';
import { editNodeCommand } from '../../../commands/mapCommands';
import { createEventCommand, editActionCommand } from '../../../commands/planningCommands';
import { useMapActions, useMapInteractions } from '../../../data/planningHooks';
import type { MapViewContext } from '../../../state/mapViews';
import { announce } from '../../../state/notices';
import { failure } from '../common/failure';
import { Loading } from '../common/Loading';
import { today as localToday } from '../common/today';
import { ActionPanel } from './ActionPanel';
import type { DraggedItem } from './calendarDrag';
import { EventPanel } from './EventPanel';
import { newEventPosition } from './eventPosition';
import { MonthGrid } from './MonthGrid';
import { NewEventDialog, type NewEvent } from './NewEventDialog';
import { SixMonthTimeline } from './SixMonthTimeline';
import { UnscheduledList } from './UnscheduledList';

type Mode = 'six-months' | 'month';
const PLAN_MONTHS = 6;

export function CalendarView({ context }: { context: MapViewContext }) {
  const { map, nodes, nodesById, relationships, selection, select } = context;
  const actions = useMapActions(map.id);
  const interactions = useMapInteractions(map.id);
  const today = localToday();
  const [mode, setMode] = useState<Mode>('six-months');
  // Until the user moves, the calendar opens where the plan is (see planStartMonth).
  const [chosenStart, setChosenStart] = useState<Month | null>(null);
  const [chosenMonth, setChosenMonth] = useState<Month | null>(null);
  const [pickedDay, setPickedDay] = useState<Day | null>(null);
  const [pickedAction, setPickedAction] = useState<string | null>(null);
  if (!actions || !interactions) return <Loading what="the calendar" />;
  const { dated, undated } = calendarItems(nodes, actions, today);
  const lastContact = [...lastContactByNode(interactions, today).values()].sort().at(-1);
  const planStart = chosenStart ?? planStartMonth(dated, today, lastContact ?? null);
  const month = chosenMonth ?? planStart;

  const selectedEvent =
    selection?.type === 'node' && nodesById.get(selection.id)?.kind === 'event'
      ? nodesById.get(selection.id)
      : undefined;
  const selectedAction = pickedAction
    ? actions.find((action) => action.id === pickedAction)
    : undefined;
  const selectedId = selectedAction?.id ?? selectedEvent?.id ?? null;

  const pick = (item: CalendarItem | UndatedItem) => {
    if (item.type === 'event') {
      setPickedAction(null);
      select({ type: 'node', id: item.id });
    } else {
      setPickedAction(item.id);
    }
  };

  const involved = (of: Month) =>
    involvedIn(dated, firstDayOf(of), lastDayOf(of), {
      nodesById,
      relationships,
      actions,
    });

  const showMonth = (of: Month) =>
    context.showInNetwork({
      label: `people involved in ${formatMonth(of)}`,
      nodeIds: involved(of),
    });

  const reschedule = (item: DraggedItem, day: Day) => {
    if (item.type === 'event') {
      const node = nodesById.get(item.id);
      if (!node) return;
      const title = node.label || 'event';
      // From the event as stored, so that details changed elsewhere and not yet shown stay.
      editNodeCommand(
        map.id,
        node.id,
        (stored) => ({ event: rescheduleEvent(eventOf(stored), day) }),
        `reschedule ${title}`,
      )
        .then(() => announce(`Moved ${title} to ${day}.`))
        .catch(failure('Rescheduling'));
    } else {
      const action = actions.find((candidate) => candidate.id === item.id);
      if (!action) return;
      editActionCommand(map.id, action.id, { due: day }, `reschedule ${action.title}`)
        .then(() => announce(`${action.title} is now due on ${day}.`))
        .catch(failure('Rescheduling'));
    }
  };

  const create = (event: NewEvent) => {
    setPickedDay(null);
    createEventCommand(
      map.id,
      event.label,
      { start: event.start, end: event.end, location: '', status: event.status },
      newEventPosition(nodes),
    )
      .then((node) => {
        select({ type: 'node', id: node.id });
        setPickedAction(null);
        announce(`Created ${node.label}. Invite people from the panel beside the calendar.`);
      })
      .catch(failure('Creating the event'));
  };

  const openMonth = (of: Month) => {
    setChosenMonth(of);
    setMode('month');
  };

  return (
    <div className="planning-view calendar-view">
      <header className="planning-header calendar-header">
        <h2>Calendar</h2>
        <div className="button-row" role="group" aria-label="Calendar layout">
          <button
            type="button"
            aria-pressed={mode === 'six-months'}
            onClick={() => setMode('six-months')}
          >
            Six months
          </button>
          <button type="button" aria-pressed={mode === 'month'} onClick={() => setMode('month')}>
            Month
          </button>
        </div>
      </header>
      <div className="calendar-layout">
        <div className="calendar-main">
          {mode === 'six-months' ? (
            <>
              <div className="calendar-nav">
                <button type="button" onClick={() => setChosenStart(addMonths(planStart, -1))}>
                  ‹ Earlier
                </button>
                <h3>
                  {formatMonth(planStart)} – {formatMonth(addMonths(planStart, PLAN_MONTHS - 1))}
                </h3>
                <button type="button" onClick={() => setChosenStart(addMonths(planStart, 1))}>
                  Later ›
                </button>
              </div>
              <SixMonthTimeline
                months={monthsFrom(planStart, PLAN_MONTHS)}
                items={dated}
                today={today}
                selectedId={selectedId}
                involvedCount={(of) => involved(of).size}
                onSelect={pick}
                onOpenMonth={openMonth}
                onShowMonth={showMonth}
              />
            </>
          ) : (
            <>
              <div className="calendar-nav">
                <button type="button" onClick={() => setChosenMonth(addMonths(month, -1))}>
                  ‹ Previous month
                </button>
                <h3>{formatMonth(month)}</h3>
                <button type="button" onClick={() => setChosenMonth(addMonths(month, 1))}>
                  Next month ›
                </button>
                <button
                  type="button"
                  className="calendar-people"
                  disabled={involved(month).size === 0}
                  onClick={() => showMonth(month)}
                >
                  Show people involved in {formatMonth(month)}
                </button>
              </div>
              <p className="muted calendar-hint">
                Pick a day’s number to add an event; drag an event or action to another day to move
                it.
              </p>
              <MonthGrid
                month={month}
                items={dated}
                today={today}
                selectedId={selectedId}
                onSelect={pick}
                onPickDay={setPickedDay}
                onDrop={reschedule}
              />
            </>
          )}
        </div>
        <aside className="calendar-side" aria-label="Calendar details">
          {selectedAction ? (
            <ActionPanel
              key={selectedAction.id}
              mapId={map.id}
              action={selectedAction}
              nodesById={nodesById}
              today={today}
              onSelect={select}
            />
          ) : selectedEvent ? (
            <EventPanel
              key={selectedEvent.id}
              mapId={map.id}
              event={selectedEvent}
              nodes={nodes}
              nodesById={nodesById}
              relationships={relationships}
              onSelect={select}
            />
          ) : (
            <p className="muted calendar-empty-pick">
              Pick an event or action to see its details, attendance and audience here.
            </p>
          )}
          <UnscheduledList
            items={undated}
            selectedId={selectedId}
            onSelect={pick}
            onSchedule={(item, day) => reschedule(item, day)}
          />
        </aside>
      </div>
      {pickedDay && (
        <NewEventDialog
          key={pickedDay}
          day={pickedDay}
          onClose={() => setPickedDay(null)}
          onCreate={create}
        />
      )}
    </div>
  );
}
