// A web link field with a button that opens it in the system browser, only once it is checked to
// be an http(s) or mailto link; nothing ever navigates the app window.

import { CommitTextField } from '../../../components/CommitTextField';
import { checkLink, isOpenableLink } from '@shared/domain/validation';
import { useHost } from '../../../platform/HostContext';
import { reportError } from '../../../state/notices';

interface LinkFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
}

export function LinkField({ label, value, onCommit }: LinkFieldProps) {
  const host = useHost();
  return (
    <div className="link-field">
      <CommitTextField
        label={label}
        value={value}
        type="url"
        placeholder="https://"
        validate={checkLink}
        onCommit={(text) => onCommit(text.trim())}
      />
      {isOpenableLink(value) && (
        <button
          type="button"
          className="link-button"
          aria-label={`Open ${label.toLowerCase()} in your browser`}
          onClick={() =>
            host
              .openExternal(value.trim())
              .catch((error: unknown) =>
                reportError('The link could not be opened.', [
                  error instanceof Error ? error.message : String(error),
                ]),
              )
          }
        >
          Open in browser ↗
        </button>
      )}
    </div>
  );
}
