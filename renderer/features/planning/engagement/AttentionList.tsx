// "Needs attention": stakeholders below their target engagement, widest gap first and then the
// most influential, each with who owns the relationship and when they were last contacted.

import { ENGAGEMENT_LABELS } from '@shared/domain/labels';
import { formatDay, type Day } from '@shared/domain/planning/days';
import type { AttentionItem } from '@shared/domain/planning/engagementGap';
import type { StakeNode } from '@shared/domain/types';
import type { Selection } from '../../../state/selection';
import { NodeLink } from '../common/NodeLink';

interface AttentionListProps {
  items: readonly AttentionItem[];
  nodesById: ReadonlyMap<string, StakeNode>;
  lastContact: ReadonlyMap<string, Day>;
  onSelect(selection: Selection): void;
}

export function AttentionList({ items, nodesById, lastContact, onSelect }: AttentionListProps) {
  if (items.length === 0) {
    return <p className="muted">Everyone assessed is at or above their target engagement.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table attention-table" aria-label="Needs attention">
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Now</th>
            <th scope="col">Target</th>
            <th scope="col">Gap</th>
            <th scope="col">Influence</th>
            <th scope="col">Owner</th>
            <th scope="col">Last contact</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ node, gap }) => {
            const owner = node.assessment.ownerId
              ? nodesById.get(node.assessment.ownerId)
              : undefined;
            const last = lastContact.get(node.id);
            return (
              <tr key={node.id}>
                <td>
                  <NodeLink node={node} onSelect={onSelect} />
                </td>
                <td>
                  {node.assessment.engagementCurrent &&
                    ENGAGEMENT_LABELS[node.assessment.engagementCurrent]}
                </td>
                <td>
                  {node.assessment.engagementTarget &&
                    ENGAGEMENT_LABELS[node.assessment.engagementTarget]}
                </td>
                <td className={`gap-number gap-${Math.min(gap, 4)}`}>+{gap}</td>
                <td>{node.assessment.influence ?? '–'}</td>
                <td>
                  {owner ? (
                    <NodeLink node={owner} onSelect={onSelect} />
                  ) : (
                    <span className="muted">No owner</span>
                  )}
                </td>
                <td>{last ? formatDay(last, 'medium') : <span className="muted">Never</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
