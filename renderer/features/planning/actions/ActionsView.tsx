// The Actions tab: add an action, and every action grouped by owner with overdue ones first to
// the eye. Done actions are hidden unless asked for.

import { useState } from 'react';
import { groupByOwner } from '@shared/domain/planning/actions';
import { sortNodesByLabel } from '@shared/domain/planning/stakeholders';
import { useMapActions } from '../../../data/planningHooks';
import type { MapViewContext } from '../../../state/mapViews';
import { Loading } from '../common/Loading';
import { today } from '../common/today';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';

export function ActionsView({ context }: { context: MapViewContext }) {
  const { map, nodes, nodesById, visibleIds, select } = context;
  const stored = useMapActions(map.id);
  const [showDone, setShowDone] = useState(false);
  if (!stored) return <Loading what="actions" />;
  const actions = stored;
  const day = today();
  const people = sortNodesByLabel(nodes.filter((node) => node.kind === 'person'));
  // With a filter on, an action shows when its owner or one of its nodes is visible.
  const relevant = actions.filter(
    (action) =>
      !visibleIds ||
      (action.ownerId !== null && visibleIds.has(action.ownerId)) ||
      action.nodeIds.some((id) => visibleIds.has(id)),
  );
  const listed = relevant.filter((action) => showDone || !action.done);
  const groups = groupByOwner(listed, nodesById, day);
  const doneCount = relevant.filter((action) => action.done).length;
  const overdueCount = groups.reduce((sum, group) => sum + group.overdue, 0);

  return (
    <div className="planning-view actions-view">
      <header className="planning-header">
        <h2>Actions</h2>
        <p className="muted">
          {relevant.length - doneCount} open
          {overdueCount > 0 && `, ${overdueCount} overdue`}, {doneCount} done.
        </p>
      </header>
      <div className="planning-columns">
        <section className="planning-panel action-form-panel" aria-labelledby="new-action-heading">
          <h3 id="new-action-heading">New action</h3>
          <ActionForm mapId={map.id} nodes={nodes} />
        </section>
        <section className="planning-panel action-list-panel" aria-labelledby="action-list-heading">
          <div className="planning-panel-head">
            <h3 id="action-list-heading">By owner</h3>
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={showDone}
                onChange={(event) => setShowDone(event.target.checked)}
              />
              <span>Show done actions</span>
            </label>
          </div>
          {groups.length === 0 && <p className="muted">No actions to show.</p>}
          {groups.map((group) => {
            const name = group.owner ? group.owner.label || '(no label)' : 'No owner';
            return (
              <section key={group.owner?.id ?? 'none'} className="owner-group" aria-label={name}>
                <h4>
                  {name}{' '}
                  <span className="muted">
                    ({group.actions.length}
                    {group.overdue > 0 && (
                      <span className="overdue">, {group.overdue} overdue</span>
                    )}
                    )
                  </span>
                </h4>
                <ul className="action-list" aria-label={`Actions for ${name}`}>
                  {group.actions.map((action) => (
                    <ActionRow
                      key={action.id}
                      mapId={map.id}
                      action={action}
                      people={people}
                      nodesById={nodesById}
                      today={day}
                      onSelect={select}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      </div>
    </div>
  );
}
