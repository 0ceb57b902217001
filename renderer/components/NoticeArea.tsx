// Shows the current status line and error. The live regions always exist so screen readers hear
// new messages as they arrive.

import { dismissError, useNotices } from '../state/notices';

export function NoticeArea() {
  const { status, error } = useNotices();
  return (
    <div className="notice-area">
      <p role="status" className="notice-status">
        {status}
      </p>
      {error && (
        <div role="alert" className="notice-error">
          <p className="notice-error-title">{error.title}</p>
          {error.details.length > 0 && (
            <ul>
              {error.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
