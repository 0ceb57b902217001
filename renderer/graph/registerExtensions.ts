// Registers the Cytoscape extensions Stakemap uses, once per page: registering twice warns.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
