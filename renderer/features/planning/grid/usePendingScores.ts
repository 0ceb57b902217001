// Scores the user has just set but the database has not yet handed back. The grid draws and
// nudges from these, so two quick arrow presses (or a drop straight after a press) build on each
// other instead of the second starting from the stale stored value and undoing the first.

import { useEffect, useReducer, useRef } from 'react';
import type { StakeNode } from '@shared/domain/types';

export interface Scores {
  influence: number;
  interest: number;
}

export function usePendingScores(nodes: readonly StakeNode[]) {
  const pending = useRef(new Map<string, Scores>());
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  // Once the stored node carries the scores (or is gone), the optimistic copy has done its job.
  useEffect(() => {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    for (const [id, scores] of pending.current) {
      const stored = byId.get(id)?.assessment;
      if (!stored || (stored.influence === scores.influence && stored.interest === scores.interest))
        pending.current.delete(id);
    }
  }, [nodes]);

  /** The nodes with any pending scores applied. */
  const apply = (list: readonly StakeNode[]): StakeNode[] =>
    list.map((node) => {
      const scores = pending.current.get(node.id);
      return scores ? { ...node, assessment: { ...node.assessment, ...scores } } : node;
    });

  const remember = (id: string, scores: Scores) => {
    pending.current.set(id, scores);
    rerender();
  };

  /** A write failed: show the stored scores again. */
  const forget = (id: string) => {
    pending.current.delete(id);
    rerender();
  };

  return { apply, remember, forget };
}
