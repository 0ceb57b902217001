// "Not contacted in N days": stakeholders silent for longer than the user chooses (or never
// contacted), longest silence first, which can be shown on their own in the network view.

import { useState } from 'react';
import { formatDay } from '@shared/domain/planning/days';
import type { ContactGap } from '@shared/domain/planning/contacts';
import type { StakeNode } from '@shared/domain/types';
import type { MapScope } from '../../../state/mapViews';
import type { Selection } from '../../../state/selection';
import { NodeLink } from '../common/NodeLink';

export const DEFAULT_SILENCE_DAYS = 30;

interface NotContactedListProps {
  gapsFor(days: number): ContactGap[];
  nodesById: ReadonlyMap<string, StakeNode>;
  onSelect(selection: Selection): void;
  onShow(scope: MapScope): void;
}

export function NotContactedList({ gapsFor, nodesById, onSelect, onShow }: NotContactedListProps) {
  const [daysText, setDaysText] = useState(String(DEFAULT_SILENCE_DAYS));
  const parsed = Number(daysText);
  const days = Number.isInteger(parsed) && parsed >= 0 ? parsed : DEFAULT_SILENCE_DAYS;
  const gaps = gapsFor(days);
  const label = `stakeholders not contacted in ${days} days`;

  return (
    <>
      <div className="field-row planning-filter">
        <span aria-hidden="true">Not contacted in</span>
        <input
          type="number"
          min={0}
          step={1}
          className="days-input"
          value={daysText}
          aria-label="Days without contact"
          onChange={(event) => setDaysText(event.target.value)}
        />
        <span>
          days: <strong>{gaps.length}</strong>
        </span>
        <button
          type="button"
          disabled={gaps.length === 0}
          onClick={() => onShow({ label, nodeIds: new Set(gaps.map((gap) => gap.node.id)) })}
        >
          Show in network
        </button>
      </div>
      {gaps.length === 0 ? (
        <p className="muted">Everyone has been contacted in the last {days} days.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">Stakeholder</th>
                <th scope="col">Last contact</th>
                <th scope="col">Days since</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map(({ node, lastContact, daysSince }) => {
                const owner = node.assessment.ownerId
                  ? nodesById.get(node.assessment.ownerId)
                  : undefined;
                return (
                  <tr key={node.id}>
                    <td>
                      <NodeLink node={node} onSelect={onSelect} />
                    </td>
                    <td>{lastContact ? formatDay(lastContact, 'medium') : 'Never'}</td>
                    <td>{daysSince ?? '–'}</td>
                    <td>{owner?.label ?? <span className="muted">No owner</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
