// A web link field with a button that opens it in the system browser, only once it is checked to
// be an http(s) or mailto link; nothing ever navigates the app window.

import { CommitTextField, type CommitResult } from '../../../components/CommitTextField';
import { checkLink, isOpenableLink } from '@shared/domain/validation';
import { useHost } from '../../../platform/HostContext';
import { reportFailure } from '../../../state/notices';

interface LinkFieldProps {
  label: string;
  value: string;
  onCommit(value: string): CommitResult;
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
          // The name starts with the words on the button, so someone who says "Open in browser"
          // to a voice control can press it; the field's name follows to tell the links apart.
          aria-label={`Open in browser: ${label.toLowerCase()}`}
          onClick={() =>
            host.openExternal(value.trim()).catch(reportFailure('The link could not be opened.'))
          }
        >
          Open in browser <span aria-hidden="true">↗</span>
        </button>
      )}
    </div>
  );
}
