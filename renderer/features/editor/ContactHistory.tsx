// A node's contact history in the inspector: when it was last contacted and its most recent
// contacts, newest first. Logging a contact happens in the Contacts tab; this is the quick look.

import { humanise } from '@shared/domain/labels';
import { contactHistory, lastContactByNode } from '@shared/domain/planning/contacts';
import { dayOf, daysBetween, formatDay, localDay } from '@shared/domain/planning/days';
import type { StakeNode } from '@shared/domain/types';
import { useNodeInteractions } from '../../data/planningHooks';

/** How many contacts the inspector lists before saying how many more there are. */
const SHOWN = 5;

interface ContactHistoryProps {
  mapId: string;
  node: StakeNode;
  nodesById: ReadonlyMap<string, StakeNode>;
}

function describeLast(last: string | undefined, today: string): string {
  if (!last) return 'Never contacted';
  const days = daysBetween(last, today);
  const ago = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return `Last contacted ${formatDay(last)} (${ago})`;
}

export function ContactHistory({ mapId, node, nodesById }: ContactHistoryProps) {
  const interactions = useNodeInteractions(mapId, node.id);
  if (interactions === undefined) return null;
  const today = localDay(new Date());
  const history = contactHistory(node.id, interactions);
  const last = lastContactByNode(history, today).get(node.id);

  return (
    <section
      aria-labelledby="contact-history-heading"
      className="inspector-section contact-history-section"
    >
      <h3 id="contact-history-heading">Contact history</h3>
      <p className={last ? '' : 'muted'}>{describeLast(last, today)}</p>
      {history.length > 0 && (
        <ul aria-label="Contact history" className="contact-history">
          {history.slice(0, SHOWN).map((entry) => {
            const day = dayOf(entry.date);
            const others = entry.nodeIds
              .filter((id) => id !== node.id)
              .map((id) => nodesById.get(id)?.label)
              .filter(Boolean);
            return (
              <li key={entry.id}>
                <strong>{day ? formatDay(day, 'medium') : entry.date}</strong> ·{' '}
                {humanise(entry.type)}
                {others.length > 0 && <span className="muted"> with {others.join(', ')}</span>}
                {entry.summary && <div className="contact-history-summary">{entry.summary}</div>}
              </li>
            );
          })}
        </ul>
      )}
      {history.length > SHOWN && (
        <p className="muted">And {history.length - SHOWN} earlier, in the Contacts tab.</p>
      )}
    </section>
  );
}
