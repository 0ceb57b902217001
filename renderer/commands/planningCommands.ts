// Every change to the engagement plan goes through here: contact log entries, actions, messages
// and scheduled events. Each writes through a repository and records its undo and redo in the
// map's one history, so Ctrl+Z and the Edit menu undo a planning change like any other.

import { createNode } from '@shared/domain/nodes';
import type {
  Action,
  EventDetails,
  Interaction,
  KeyMessage,
  Position,
  StakeNode,
} from '@shared/domain/types';
import {
  addAction,
  deleteAction,
  restoreActions,
  updateAction,
  type ActionChanges,
  type NewAction,
} from '../data/actionRepository';
import { newId, nowTimestamp } from '../data/ids';
import {
  addInteraction,
  deleteInteraction,
  restoreInteractions,
  updateInteraction,
  type InteractionChanges,
  type NewInteraction,
} from '../data/interactionRepository';
import {
  addMessage,
  deleteMessage,
  restoreMessages,
  updateMessage,
  type MessageChanges,
} from '../data/messageRepository';
import { deleteNodes, restoreRecords } from '../data/nodeRepository';
import { recordHistory } from '../state/history';

async function nothing(): Promise<void> {}

/** One undoable edit of a record: records the history only when the record was there. */
async function editCommand<C>(
  mapId: string,
  label: string,
  update: (changes: C) => Promise<C | undefined>,
  changes: C,
): Promise<void> {
  const previous = await update(changes);
  if (previous === undefined) return;
  recordHistory(mapId, {
    label,
    undo: () => update(previous).then(nothing),
    redo: () => update(changes).then(nothing),
  });
}

export async function addInteractionCommand(
  mapId: string,
  fields: NewInteraction,
): Promise<Interaction> {
  const interaction = await addInteraction(mapId, fields);
  recordHistory(mapId, {
    label: `log ${interaction.type}`,
    undo: () => deleteInteraction(mapId, interaction.id).then(nothing),
    redo: () => restoreInteractions(mapId, [interaction]),
  });
  return interaction;
}

export function editInteractionCommand(
  mapId: string,
  id: string,
  changes: InteractionChanges,
): Promise<void> {
  return editCommand(
    mapId,
    'edit contact',
    (next: InteractionChanges) => updateInteraction(mapId, id, next),
    changes,
  );
}

export async function deleteInteractionCommand(mapId: string, id: string): Promise<void> {
  const removed = await deleteInteraction(mapId, id);
  if (!removed) return;
  recordHistory(mapId, {
    label: 'delete contact',
    undo: () => restoreInteractions(mapId, [removed]),
    redo: () => deleteInteraction(mapId, id).then(nothing),
  });
}

export async function addActionCommand(mapId: string, fields: NewAction): Promise<Action> {
  const action = await addAction(mapId, fields);
  recordHistory(mapId, {
    label: `add action ${action.title}`,
    undo: () => deleteAction(mapId, action.id).then(nothing),
    redo: () => restoreActions(mapId, [action]),
  });
  return action;
}

export function editActionCommand(
  mapId: string,
  id: string,
  changes: ActionChanges,
  label = 'edit action',
): Promise<void> {
  return editCommand(mapId, label, (next: ActionChanges) => updateAction(mapId, id, next), changes);
}

export async function deleteActionCommand(mapId: string, id: string): Promise<void> {
  const removed = await deleteAction(mapId, id);
  if (!removed) return;
  recordHistory(mapId, {
    label: `delete action ${removed.title}`,
    undo: () => restoreActions(mapId, [removed]),
    redo: () => deleteAction(mapId, id).then(nothing),
  });
}

export async function addMessageCommand(mapId: string, title: string): Promise<KeyMessage> {
  const message = await addMessage(mapId, title);
  recordHistory(mapId, {
    label: `add message ${message.title}`,
    undo: () => deleteMessage(mapId, message.id).then(nothing),
    redo: () => restoreMessages(mapId, [message]),
  });
  return message;
}

export function editMessageCommand(
  mapId: string,
  id: string,
  changes: MessageChanges,
  label = 'edit message',
): Promise<void> {
  return editCommand(
    mapId,
    label,
    (next: MessageChanges) => updateMessage(mapId, id, next),
    changes,
  );
}

export async function deleteMessageCommand(mapId: string, id: string): Promise<void> {
  const removed = await deleteMessage(mapId, id);
  if (!removed) return;
  recordHistory(mapId, {
    label: `delete message ${removed.title}`,
    undo: () => restoreMessages(mapId, [removed]),
    redo: () => deleteMessage(mapId, id).then(nothing),
  });
}

/** Creates an event node already scheduled, as one step (not "add node" then "edit node"). */
export async function createEventCommand(
  mapId: string,
  label: string,
  event: EventDetails,
  position: Position,
): Promise<StakeNode> {
  const node: StakeNode = {
    ...createNode({
      id: newId(),
      mapId,
      kind: 'event',
      label: label.trim(),
      position,
      now: nowTimestamp(),
    }),
    event,
  };
  await restoreRecords(mapId, { nodes: [node], relationships: [] });
  recordHistory(mapId, {
    label: `add event ${node.label}`,
    undo: () => deleteNodes(mapId, [node.id]).then(nothing),
    redo: () => restoreRecords(mapId, { nodes: [node], relationships: [] }),
  });
  return node;
}
