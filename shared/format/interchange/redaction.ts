// The redacted export in the interchange formats: the redacted bundle an exporter writes, the
// sentence in the file, and recognising that sentence when such a file comes back. What is left
// out is decided once, in ../redactBundle.ts, for these formats and the native one alike.

import type { MapBundle } from '../../domain/types';
import { redactBundle, REDACTION_NOTE } from '../redactBundle';
import type { SummaryNotes } from './summaryNotes';

export { REDACTION_NOTE };

/** The bundle an exporter writes: redacted when asked. */
export function bundleToWrite(bundle: MapBundle, redacted: boolean): MapBundle {
  return redacted ? redactBundle(bundle) : bundle;
}

/** A map description with the redaction sentence appended (for formats with one text field). */
export function describeWithNote(description: string, redacted: boolean): string {
  if (!redacted) return description;
  return description === '' ? REDACTION_NOTE : `${description}\n\n${REDACTION_NOTE}`;
}

/** Takes the redaction sentence back out of a description and says the file was redacted. */
export function stripRedactionNote(description: string, notes: SummaryNotes): string {
  if (!description.includes(REDACTION_NOTE)) return description;
  notes.mapped(`The file says: "${REDACTION_NOTE}"`);
  return description.replace(`\n\n${REDACTION_NOTE}`, '').replace(REDACTION_NOTE, '');
}
