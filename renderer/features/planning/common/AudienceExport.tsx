// Who an audience list reaches and who it leaves out, with a button that saves it as CSV through
// the Host (a save dialog on the desktop, a download in the browser).

import { audienceCsv } from '@shared/domain/planning/audienceCsv';
import type { AudienceList } from '@shared/domain/planning/audienceList';
import { STAKEMAP_FILE_EXTENSION, stakemapFileName } from '@shared/format';
import { useHost } from '../../../platform/HostContext';
import { announce } from '../../../state/notices';
import { failure } from './failure';

const CSV_TYPE = { description: 'CSV', extensions: ['csv'], mimeType: 'text/csv' };

/** "LDEx workshops audience.csv", made safe for every file system by the map file namer. */
export function audienceFileName(title: string): string {
  const safe = stakemapFileName(title || 'audience').slice(0, -STAKEMAP_FILE_EXTENSION.length);
  return `${safe} audience.csv`;
}

interface AudienceExportProps {
  title: string;
  list: AudienceList;
}

export function AudienceExport({ title, list }: AudienceExportProps) {
  const host = useHost();
  const leftOut = list.doNotContact.length + list.notInvolved.length;

  const save = () => {
    host
      .saveFile(audienceFileName(title), audienceCsv(list), CSV_TYPE)
      .then((outcome) => {
        if (outcome.status === 'saved') {
          announce(`Saved the audience list of ${list.entries.length} to ${outcome.where}.`);
        }
      })
      .catch(failure('Saving the audience list'));
  };

  return (
    <div className="audience-export">
      <p>
        {list.entries.length} on the list
        {leftOut > 0 && (
          <>
            ; left out:{' '}
            {[
              list.doNotContact.length > 0 && `${list.doNotContact.length} do not contact`,
              list.notInvolved.length > 0 && `${list.notInvolved.length} asked not to be involved`,
            ]
              .filter(Boolean)
              .join(', ')}
          </>
        )}
        .
      </p>
      <button type="button" onClick={save} disabled={list.entries.length === 0}>
        Export audience list (CSV)
      </button>
    </div>
  );
}
