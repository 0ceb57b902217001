// The redacted copy of a map, for sharing outside the team: no emails, phone numbers, notes or
// contact log, and people marked do-not-contact keep only their name, kind and place on the map.
// Every exporter (native and interchange) redacts through this one function, so all formats leave
// out the same things; REDACTION_NOTE is the sentence each redacted file carries to say so.

import type { MapBundle, StakeNode } from '../domain/types';

/** Written into redacted files and recognised when they come back: do not reword it. */
export const REDACTION_NOTE =
  'Redacted export: emails, phone numbers, notes, the contact log (interactions) and ' +
  'do-not-contact details were left out.';

function redactNode(node: StakeNode): StakeNode {
  const redacted: StakeNode = { ...node, notes: '' };
  if (node.person) {
    redacted.person = { ...node.person, email: '', phone: '' };
  }
  if (node.person?.doNotContact) {
    redacted.description = '';
    redacted.tags = [];
    redacted.extra = {};
    redacted.person = { role: '', email: '', phone: '', involvement: null, doNotContact: false };
    redacted.assessment = { ...node.assessment, sector: '' };
  }
  return redacted;
}

/** A copy of the bundle without private fields; the original is not changed. */
export function redactBundle(bundle: MapBundle): MapBundle {
  return {
    map: bundle.map,
    nodes: bundle.nodes.map(redactNode),
    relationships: bundle.relationships.map((rel) => ({ ...rel, notes: '' })),
    interactions: [],
    actions: bundle.actions.map((action) => ({ ...action, notes: '' })),
    messages: bundle.messages,
  };
}
