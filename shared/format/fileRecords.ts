// Fresh copies of records in the file's key order, without `mapId` or anything else a record may
// carry at run time. The serializer writes these, so files diff cleanly; bundleFromFile builds on
// them, so an imported map shares no arrays or objects with the parsed file.

import type {
  FileAction,
  FileInteraction,
  FileMap,
  FileMessage,
  FileNode,
  FileRelationship,
} from './fileTypes';

function copyFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const copy: Record<string, string> = {};
  // defineProperty, not assignment: even a '__proto__' key would stay an ordinary field here.
  for (const key of Object.keys(fields)) {
    Object.defineProperty(copy, key, {
      value: fields[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

export function toFileMap(map: FileMap): FileMap {
  return {
    id: map.id,
    name: map.name,
    description: map.description,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
  };
}

/** Kind details are written only when the node has them, in a fixed order. */
function detailBlocks(node: FileNode): Partial<FileNode> {
  const blocks: Partial<FileNode> = {};
  if (node.person) {
    const { role, email, phone, involvement, doNotContact } = node.person;
    blocks.person = { role, email, phone, involvement, doNotContact };
  }
  if (node.organisation) {
    const { type, website } = node.organisation;
    blocks.organisation = { type, website };
  }
  if (node.community) {
    const { scope, platformLink } = node.community;
    blocks.community = { scope, platformLink };
  }
  if (node.event) {
    const { start, end, location, status } = node.event;
    blocks.event = { start, end, location, status };
  }
  if (node.channel) {
    const { type, link } = node.channel;
    blocks.channel = { type, link };
  }
  return blocks;
}

export function toFileNode(node: FileNode): FileNode {
  const { influence, interest, engagementCurrent, engagementTarget, sector, ownerId } =
    node.assessment;
  return {
    id: node.id,
    kind: node.kind,
    label: node.label,
    description: node.description,
    notes: node.notes,
    tags: [...node.tags],
    position: { x: node.position.x, y: node.position.y },
    assessment: { influence, interest, engagementCurrent, engagementTarget, sector, ownerId },
    ...detailBlocks(node),
    extra: copyFields(node.extra),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

export function toFileRelationship(rel: FileRelationship): FileRelationship {
  return {
    id: rel.id,
    sourceId: rel.sourceId,
    targetId: rel.targetId,
    kind: rel.kind,
    label: rel.label,
    description: rel.description,
    notes: rel.notes,
    tags: [...rel.tags],
    directed: rel.directed,
    strength: rel.strength,
    attendance: rel.attendance,
    extra: copyFields(rel.extra),
    createdAt: rel.createdAt,
    updatedAt: rel.updatedAt,
  };
}

export function toFileInteraction(interaction: FileInteraction): FileInteraction {
  return {
    id: interaction.id,
    date: interaction.date,
    type: interaction.type,
    nodeIds: [...interaction.nodeIds],
    summary: interaction.summary,
    followUp: interaction.followUp,
    createdAt: interaction.createdAt,
    updatedAt: interaction.updatedAt,
  };
}

export function toFileAction(action: FileAction): FileAction {
  return {
    id: action.id,
    title: action.title,
    due: action.due,
    ownerId: action.ownerId,
    nodeIds: [...action.nodeIds],
    done: action.done,
    notes: action.notes,
    createdAt: action.createdAt,
    updatedAt: action.updatedAt,
  };
}

export function toFileMessage(message: FileMessage): FileMessage {
  return {
    id: message.id,
    title: message.title,
    text: message.text,
    status: message.status,
    audience: {
      nodeIds: [...message.audience.nodeIds],
      tags: [...message.audience.tags],
      kinds: [...message.audience.kinds],
    },
    deliveries: message.deliveries.map(({ id, viaId, date }) => ({ id, viaId, date })),
    createdAt: message.createdAt,
    updatedAt: message.updatedAt,
  };
}
