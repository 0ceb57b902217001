// Names a few nodes in a sentence ("Ann, Bob and Cara"), and says how many more past a handful,
// so a message about a hundred selected nodes stays readable.

import type { StakeNode } from '@shared/domain/types';

const NAMED = 5;

export function listLabels(nodes: readonly StakeNode[]): string {
  const labels = nodes.map((node) => node.label || '(no label)');
  if (labels.length > NAMED) {
    return `${labels.slice(0, NAMED).join(', ')} and ${labels.length - NAMED} more`;
  }
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}
