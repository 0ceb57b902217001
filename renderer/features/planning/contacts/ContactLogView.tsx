// The Contacts tab: log a contact, see who has gone quiet, and read the whole contact log.

import { dueFollowUps, notContactedIn, sortInteractions } from '@shared/domain/planning/contacts';
import { useMapInteractions } from '../../../data/planningHooks';
import type { MapViewContext } from '../../../state/mapViews';
import { Loading } from '../common/Loading';
import { today } from '../common/today';
import { visibleNodes } from '../common/visibleNodes';
import { InteractionForm } from './InteractionForm';
import { InteractionList } from './InteractionList';
import { NotContactedList } from './NotContactedList';

export function ContactLogView({ context }: { context: MapViewContext }) {
  const { map, nodes, nodesById, visibleIds, selection, select } = context;
  const interactions = useMapInteractions(map.id);
  const day = today();
  if (!interactions) return <Loading what="the contact log" />;
  const shown = visibleNodes(nodes, visibleIds);
  const log = sortInteractions(
    (interactions ?? []).filter(
      (entry) => !visibleIds || entry.nodeIds.some((id) => visibleIds.has(id)),
    ),
  );
  const due = new Set(dueFollowUps(interactions ?? [], day).map((entry) => entry.id));
  const selectedId = selection?.type === 'node' ? selection.id : null;

  return (
    <div className="planning-view contacts-view">
      <header className="planning-header">
        <h2>Contact log</h2>
        <p className="muted">
          Every meeting, email, call, workshop or event with a stakeholder, and who has gone quiet.
        </p>
      </header>
      <div className="planning-columns">
        <section className="planning-panel" aria-labelledby="log-contact-heading">
          <h3 id="log-contact-heading">Log a contact</h3>
          <InteractionForm
            mapId={map.id}
            nodes={nodes}
            today={day}
            initialNodeIds={selectedId && nodesById.has(selectedId) ? [selectedId] : []}
          />
        </section>
        <section className="planning-panel" aria-labelledby="not-contacted-heading">
          <h3 id="not-contacted-heading">Gone quiet</h3>
          <NotContactedList
            gapsFor={(days) => notContactedIn(shown, interactions ?? [], days, day)}
            nodesById={nodesById}
            onSelect={select}
            onShow={context.showInNetwork}
          />
        </section>
      </div>
      <section className="planning-panel" aria-labelledby="contact-log-heading">
        <h3 id="contact-log-heading">
          All contacts ({log.length}
          {due.size > 0 && `, ${due.size} follow-ups due`})
        </h3>
        <InteractionList
          mapId={map.id}
          interactions={log}
          dueFollowUpIds={due}
          nodesById={nodesById}
          onSelect={select}
        />
      </section>
    </div>
  );
}
