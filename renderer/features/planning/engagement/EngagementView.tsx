// The Engagement tab: the current-versus-target matrix and the "needs attention" list, for the
// stakeholders the filters leave visible.

import { ENGAGEMENT_LABELS } from '@shared/domain/labels';
import { lastContactByNode } from '@shared/domain/planning/contacts';
import {
  gapMatrix,
  needsAttention,
  unassessedEngagement,
  type GapCell,
} from '@shared/domain/planning/engagementGap';
import { isStakeholder } from '@shared/domain/planning/stakeholders';
import { useMapInteractions } from '../../../data/planningHooks';
import type { MapViewContext } from '../../../state/mapViews';
import { Loading } from '../common/Loading';
import { today } from '../common/today';
import { visibleNodes } from '../common/visibleNodes';
import { AttentionList } from './AttentionList';
import { GapMatrix } from './GapMatrix';

export function EngagementView({ context }: { context: MapViewContext }) {
  const { map, nodes, nodesById, visibleIds, select } = context;
  const interactions = useMapInteractions(map.id);
  const stakeholders = visibleNodes(nodes, visibleIds).filter(isStakeholder);
  const matrix = gapMatrix(stakeholders);
  const attention = needsAttention(stakeholders);
  const unassessed = unassessedEngagement(stakeholders);
  if (!interactions) return <Loading what="the contact log" />;
  const lastContact = lastContactByNode(interactions, today());

  const show = (cell: GapCell) =>
    context.showInNetwork({
      label: `stakeholders ${ENGAGEMENT_LABELS[cell.current].toLowerCase()} now with target ${ENGAGEMENT_LABELS[cell.target].toLowerCase()}`,
      nodeIds: new Set(cell.nodes.map((node) => node.id)),
    });

  return (
    <div className="planning-view engagement-view">
      <header className="planning-header">
        <h2>Engagement gap</h2>
        <p className="muted">
          Where each stakeholder stands now against where the plan needs them.
          {unassessed.length > 0 &&
            ` ${unassessed.length} stakeholders have no current or target engagement yet.`}
        </p>
      </header>
      <div className="planning-columns">
        <section className="planning-panel gap-panel" aria-labelledby="gap-matrix-heading">
          <h3 id="gap-matrix-heading">Current against target</h3>
          <GapMatrix matrix={matrix} onShow={show} />
        </section>
        <section className="planning-panel attention-panel" aria-labelledby="attention-heading">
          <h3 id="attention-heading">Needs attention ({attention.length})</h3>
          <AttentionList
            items={attention}
            nodesById={nodesById}
            lastContact={lastContact}
            onSelect={select}
          />
        </section>
      </div>
    </div>
  );
}
