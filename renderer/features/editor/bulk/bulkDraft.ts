// What the user has changed so far in the bulk-edit panel, and the edit it makes. A field the
// user has not touched is undefined and leaves each node as it is.

import type { BulkNodeEdit } from '@shared/domain/bulkEdit';
import { parseTags } from '@shared/domain/nodes';
import type { EngagementLevel, NodeKind } from '@shared/domain/vocabulary';

export interface BulkDraft {
  kind?: NodeKind;
  /** As typed: comma-separated. */
  addTags: string;
  removeTags: readonly string[];
  ownerId?: string | null;
  sector?: string;
  engagementCurrent?: EngagementLevel | null;
  engagementTarget?: EngagementLevel | null;
}

export const EMPTY_DRAFT: BulkDraft = { addTags: '', removeTags: [] };

export function editOf(draft: BulkDraft): BulkNodeEdit {
  const { addTags, ...rest } = draft;
  return { ...rest, addTags: parseTags(addTags) };
}
