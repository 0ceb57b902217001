// The Messages tab: the key-message library with one message open for editing, and the coverage
// matrix of audience × message derived from deliveries, attendance and channel use.

import { useState } from 'react';
import { coverageMatrix } from '@shared/domain/planning/coverage';
import { compareLabels } from '@shared/domain/planning/stakeholders';
import { useMapMessages } from '../../../data/planningHooks';
import type { MapViewContext } from '../../../state/mapViews';
import { Loading } from '../common/Loading';
import { today } from '../common/today';
import { visibleNodes } from '../common/visibleNodes';
import { CoverageKey, CoverageMatrix } from './CoverageMatrix';
import { MessageEditor } from './MessageEditor';
import { MessageLibrary } from './MessageLibrary';

export function MessagesView({ context }: { context: MapViewContext }) {
  const { map, nodes, nodesById, relationships, visibleIds, select } = context;
  const stored = useMapMessages(map.id);
  const [pickedId, setPickedId] = useState<string | null>(null);
  if (!stored) return <Loading what="messages" />;
  const messages = [...stored].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || compareLabels(a.title, b.title),
  );
  const picked = messages.find((message) => message.id === pickedId) ?? messages[0];
  const matrix = coverageMatrix(messages, visibleNodes(nodes, visibleIds), {
    nodesById,
    relationships,
    today: today(),
  });
  const totals = new Map(matrix.totals.map((total) => [total.messageId, total]));

  return (
    <div className="planning-view messages-view">
      <header className="planning-header">
        <h2>Key messages</h2>
        <p className="muted">
          The messages each audience must hear, where they are delivered, and who has heard them.
        </p>
      </header>
      <div className="planning-columns">
        <MessageLibrary
          mapId={map.id}
          messages={messages}
          totals={totals}
          selectedId={picked?.id ?? null}
          onPick={setPickedId}
        />
        {picked && (
          <MessageEditor
            key={picked.id}
            mapId={map.id}
            message={picked}
            nodes={nodes}
            nodesById={nodesById}
            relationships={relationships}
          />
        )}
      </div>
      <section className="planning-panel" aria-labelledby="coverage-heading">
        <h3 id="coverage-heading">Coverage</h3>
        <CoverageKey />
        <CoverageMatrix matrix={matrix} messages={messages} onSelect={select} />
      </section>
    </div>
  );
}
