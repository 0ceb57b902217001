// Who an audience list reaches and who it leaves out, with a button that saves it as CSV through
// the Host (a save dialog on the desktop, a download in the browser).

import { audienceCsv } from '@shared/domain/planning/audienceCsv';
import type { AudienceList } from '@shared/domain/planning/audienceList';
import { CSV_FILE_TYPE } from '../../../platform/fileTypes';
import { useHost } from '../../../platform/HostContext';
import { announce } from '../../../state/notices';
import { failure } from './failure';
import { planningFileName } from './fileNames';

interface AudienceExportProps {
  title: string;
  list: AudienceList;
}

export function AudienceExport({ title, list }: AudienceExportProps) {
  const host = useHost();
  const leftOut = list.doNotContact.length + list.notInvolved.length;

  const save = () => {
    host
      .saveFile(planningFileName(title, 'audience.csv'), audienceCsv(list), CSV_FILE_TYPE)
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
