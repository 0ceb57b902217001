// The meeting pack as a printed document: title, map, date, the picture of the map as shown, then
// the stakeholders, key messages and open actions in tables. It is laid out for A4 by
// meetingPack.css and only ever seen on paper or in a PDF.

import { formatDay } from '@shared/domain/planning/days';
import type { MeetingPackContent } from './meetingPackContent';
import './meetingPack.css';

export interface MeetingPackPicture {
  /** A PNG as a data: URL, so printing never waits on anything but the page itself. */
  src: string;
  alt: string;
}

interface MeetingPackDocumentProps {
  content: MeetingPackContent;
  /** null when the pack was made away from the Network view, which is the only one drawn. */
  picture: MeetingPackPicture | null;
}

const REDACTED_NOTE =
  'Redacted: emails, phone numbers, notes, the contact log and do-not-contact details are left out.';

function dash(text: string): string {
  return text === '' ? '—' : text;
}

function Stakeholders({ content }: { content: MeetingPackContent }) {
  if (content.stakeholders.length === 0) {
    return <p>No stakeholders are shown: only events and channels, or nothing at all.</p>;
  }
  return (
    <table aria-labelledby="pack-stakeholders">
      <thead>
        <tr>
          <th scope="col">Stakeholder</th>
          <th scope="col">Kind</th>
          <th scope="col">Role</th>
          <th scope="col">Organisation</th>
          <th scope="col">Engagement (now → target)</th>
          <th scope="col">Owner</th>
          <th scope="col">Last contact</th>
        </tr>
      </thead>
      <tbody>
        {content.stakeholders.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{row.kind}</td>
            <td>{dash(row.role)}</td>
            <td>{dash(row.organisation)}</td>
            <td>{row.engagement}</td>
            <td>{dash(row.owner)}</td>
            <td>
              {row.lastContact
                ? formatDay(row.lastContact, 'medium')
                : content.redacted
                  ? 'Left out'
                  : 'None recorded'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Messages({ content }: { content: MeetingPackContent }) {
  if (content.messages.length === 0) {
    return <p>No key messages are meant for the stakeholders shown.</p>;
  }
  return (
    <table aria-labelledby="pack-messages">
      <thead>
        <tr>
          <th scope="col">Message</th>
          <th scope="col">Status</th>
          <th scope="col">For (of those shown)</th>
        </tr>
      </thead>
      <tbody>
        {content.messages.map((message) => (
          <tr key={message.id}>
            <th scope="row">
              <span className="pack-title">{message.title || '(untitled message)'}</span>
              {message.text && <span className="pack-detail">{message.text}</span>}
            </th>
            <td>{message.status === 'agreed' ? 'Agreed' : 'Draft'}</td>
            <td>{message.audience.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Actions({ content }: { content: MeetingPackContent }) {
  if (content.actions.length === 0) {
    return <p>No open actions concern the stakeholders shown.</p>;
  }
  return (
    <table aria-labelledby="pack-actions">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Due</th>
          <th scope="col">Owner</th>
          <th scope="col">Concerns</th>
        </tr>
      </thead>
      <tbody>
        {content.actions.map((action) => (
          <tr key={action.id} className={action.overdue ? 'is-overdue' : undefined}>
            <th scope="row">
              <span className="pack-title">{action.title || '(untitled action)'}</span>
              {action.notes && <span className="pack-detail">{action.notes}</span>}
            </th>
            <td>
              {action.due ? formatDay(action.due, 'medium') : 'No date'}
              {/* In words as well as colour: the pack may be printed in black and white. */}
              {action.overdue && <strong className="pack-overdue"> Overdue</strong>}
            </td>
            <td>{dash(action.owner)}</td>
            <td>{action.concerns.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MeetingPackDocument({ content, picture }: MeetingPackDocumentProps) {
  const overdue = content.actions.filter((action) => action.overdue).length;
  return (
    <article className="meeting-pack" aria-label={`Meeting pack: ${content.mapName}`}>
      <header className="pack-header">
        <p className="pack-kicker">Meeting pack</p>
        <h1>{content.mapName}</h1>
        <p>
          Prepared {formatDay(content.day)}. Shows {content.shownNodes} of {content.totalNodes}{' '}
          nodes: {content.stakeholders.length} stakeholders, {content.messages.length} key messages,{' '}
          {content.actions.length} open actions
          {overdue > 0 ? ` (${overdue} overdue)` : ''}.
        </p>
        {content.redacted && <p className="pack-redacted">{REDACTED_NOTE}</p>}
      </header>
      <section className="pack-picture" aria-labelledby="pack-picture">
        <h2 id="pack-picture">The map</h2>
        {picture ? (
          <img src={picture.src} alt={picture.alt} />
        ) : (
          <p>
            No picture: the pack was made away from the Network view. Make it from the Network view
            to include the map as drawn.
          </p>
        )}
      </section>
      <section className="pack-section" aria-labelledby="pack-stakeholders">
        <h2 id="pack-stakeholders">Stakeholders shown</h2>
        <Stakeholders content={content} />
      </section>
      <section className="pack-section" aria-labelledby="pack-messages">
        <h2 id="pack-messages">Key messages for them</h2>
        <Messages content={content} />
      </section>
      <section className="pack-section" aria-labelledby="pack-actions">
        <h2 id="pack-actions">Open actions</h2>
        <Actions content={content} />
      </section>
    </article>
  );
}
