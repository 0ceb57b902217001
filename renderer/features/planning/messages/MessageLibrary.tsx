// The key-message library: every message with its status and how far it has reached, one picked
// for editing, and a way to start a new one.

import { useState, type FormEvent } from 'react';
import type { MessageCoverage } from '@shared/domain/planning/coverage';
import type { KeyMessage } from '@shared/domain/types';
import { addMessageCommand } from '../../../commands/planningCommands';
import { announce } from '../../../state/notices';
import { failure } from '../common/failure';

interface MessageLibraryProps {
  mapId: string;
  messages: readonly KeyMessage[];
  totals: ReadonlyMap<string, MessageCoverage>;
  selectedId: string | null;
  onPick(id: string): void;
}

export function MessageLibrary({
  mapId,
  messages,
  totals,
  selectedId,
  onPick,
}: MessageLibraryProps) {
  const [title, setTitle] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    addMessageCommand(mapId, title)
      .then((message) => {
        setTitle('');
        onPick(message.id);
        announce(`Added the message “${message.title}”. Choose its audience next.`);
      })
      .catch(failure('Adding the message'));
  };

  return (
    <section className="planning-panel message-library" aria-labelledby="library-heading">
      <h3 id="library-heading">Library ({messages.length})</h3>
      {messages.length === 0 ? (
        <p className="muted">No key messages yet.</p>
      ) : (
        <ul className="message-list" aria-label="Key messages">
          {messages.map((message) => {
            const total = totals.get(message.id);
            return (
              <li key={message.id}>
                <button
                  type="button"
                  className={`message-pick${message.id === selectedId ? ' selected' : ''}`}
                  aria-pressed={message.id === selectedId}
                  onClick={() => onPick(message.id)}
                >
                  <span className="message-pick-title">{message.title || '(untitled)'}</span>
                  <span className={`badge status-${message.status}`}>{message.status}</span>
                  {total && (
                    <span className="muted message-reach">
                      heard by {total.heard} of {total.audienceSize}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="message-new" aria-label="New message" onSubmit={add}>
        <input
          type="text"
          aria-label="New message title"
          placeholder="New message title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" disabled={title.trim() === ''}>
          Add message
        </button>
      </form>
    </section>
  );
}
