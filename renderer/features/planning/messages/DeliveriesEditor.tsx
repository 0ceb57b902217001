// Where and when a message is delivered: at an event or through a channel, with a date. An
// event's delivery starts from the event's own date.

import { useState } from 'react';
import { eventOf } from '@shared/domain/details';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { dayOf, formatDay } from '@shared/domain/planning/days';
import { createDelivery } from '@shared/domain/planning/records';
import { sortNodesByLabel } from '@shared/domain/planning/stakeholders';
import type { MessageDelivery, StakeNode } from '@shared/domain/types';
import { newDeliveryId } from '../../../data/messageRepository';

interface DeliveriesEditorProps {
  deliveries: readonly MessageDelivery[];
  nodes: readonly StakeNode[];
  nodesById: ReadonlyMap<string, StakeNode>;
  onChange(deliveries: MessageDelivery[]): void;
}

export function DeliveriesEditor({
  deliveries,
  nodes,
  nodesById,
  onChange,
}: DeliveriesEditorProps) {
  const [viaId, setViaId] = useState('');
  const places = sortNodesByLabel(
    nodes.filter((node) => node.kind === 'event' || node.kind === 'channel'),
  );

  const add = () => {
    const via = nodesById.get(viaId);
    if (!via) return;
    const date = via.kind === 'event' ? dayOf(eventOf(via).start) : null;
    onChange([...deliveries, createDelivery(newDeliveryId(), via.id, date)]);
    setViaId('');
  };

  return (
    <fieldset className="planning-fieldset">
      <legend>Delivered</legend>
      {deliveries.length === 0 ? (
        <p className="muted">Not delivered anywhere yet.</p>
      ) : (
        <ul className="delivery-list" aria-label="Deliveries">
          {deliveries.map((delivery) => {
            const via = nodesById.get(delivery.viaId);
            const name = via ? via.label || '(no label)' : '(missing)';
            const day = dayOf(delivery.date);
            return (
              <li key={delivery.id}>
                <span>
                  {via ? `${NODE_KIND_LABELS[via.kind]}: ` : ''}
                  <strong>{name}</strong>
                </span>
                <input
                  type="date"
                  aria-label={`Date delivered at ${name}`}
                  title={day ? formatDay(day) : 'No date yet'}
                  value={day ?? ''}
                  onChange={(event) =>
                    onChange(
                      deliveries.map((other) =>
                        other.id === delivery.id
                          ? { ...other, date: event.target.value || null }
                          : other,
                      ),
                    )
                  }
                />
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove the delivery at ${name}`}
                  onClick={() => onChange(deliveries.filter((other) => other.id !== delivery.id))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="invite-row">
        <select
          aria-label="Deliver at an event or channel"
          value={viaId}
          onChange={(event) => setViaId(event.target.value)}
        >
          <option value="">Deliver at…</option>
          {places.map((node) => (
            <option key={node.id} value={node.id}>
              {node.label || '(no label)'} ({NODE_KIND_LABELS[node.kind].toLowerCase()})
            </option>
          ))}
        </select>
        <button type="button" disabled={!viaId} onClick={add}>
          Add delivery
        </button>
      </div>
    </fieldset>
  );
}
