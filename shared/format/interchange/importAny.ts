// One entry point for the app: the importer for a detected (or chosen) format.

import { importCsv } from './csv/importCsv';
import { importCytoscape } from './cytoscapeJson/importCytoscape';
import { importGexf } from './gexf/importGexf';
import { importGraphml } from './graphml/importGraphml';
import { importKumu } from './kumu/importKumu';
import { importStakemap } from './importStakemap';
import type { ImportOptions, ImportResult, InterchangeFormat } from './types';

const IMPORTERS: Record<InterchangeFormat, (text: string, options: ImportOptions) => ImportResult> =
  {
    stakemap: importStakemap,
    csv: importCsv,
    'kumu-json': importKumu,
    gexf: importGexf,
    graphml: importGraphml,
    'cytoscape-json': importCytoscape,
  };

export function importInterchange(
  format: InterchangeFormat,
  text: string,
  options: ImportOptions = {},
): ImportResult {
  return IMPORTERS[format](text, options);
}

export const FORMAT_LABELS: Record<InterchangeFormat, string> = {
  stakemap: 'Stakemap file',
  csv: 'CSV spreadsheet',
  'kumu-json': 'Kumu JSON',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (yEd, Gephi, NetworkX, igraph)',
  'cytoscape-json': 'Cytoscape.js JSON',
};
