// The redacted export: which private fields are left out, the sentence every redacted file
// carries to say so, and recognising that sentence when such a file comes back.

import type { MapBundle, StakeNode } from '../../domain/types';
import type { SummaryNotes } from './summaryNotes';

export const REDACTION_NOTE =
  'Redacted export: emails, phone numbers, notes, the contact log (interactions) and ' +
  'do-not-contact details were left out.';

function redactNode(node: StakeNode): StakeNode {
  const copy: StakeNode = { ...node, notes: '' };
  if (node.person) copy.person = { ...node.person, email: '', phone: '', doNotContact: false };
  return copy;
}

/** A copy of the bundle without private fields; the original is not changed. */
export function redactBundle(bundle: MapBundle): MapBundle {
  return {
    ...bundle,
    nodes: bundle.nodes.map(redactNode),
    relationships: bundle.relationships.map((rel) => ({ ...rel, notes: '' })),
    interactions: [],
    actions: bundle.actions.map((action) => ({ ...action, notes: '' })),
  };
}

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
