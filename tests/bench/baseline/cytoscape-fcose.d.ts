// cytoscape-fcose ships no types; the baseline page registers it with cytoscape.use() (the app
// itself lays out with ForceAtlas2 in a worker and does not use it).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  const fcose: Ext;
  export default fcose;
}
