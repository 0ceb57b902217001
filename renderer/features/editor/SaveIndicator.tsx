// Says whether every change has reached IndexedDB, and says so plainly when one has not.

import { useSaveStatus } from '../../data/hooks';

export function SaveIndicator() {
  const { pending, lastError } = useSaveStatus();
  const text = lastError ?? (pending > 0 ? 'Saving…' : 'All changes saved');
  return (
    <span role="status" className={lastError ? 'save-indicator save-error' : 'save-indicator'}>
      {text}
    </span>
  );
}
