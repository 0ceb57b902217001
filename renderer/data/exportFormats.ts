// The map's data in every format Stakemap writes: which files each produces, from one consistent
// snapshot of the map, redacted when asked. Pictures of the canvas are made by renderer/graph.

import type { MapBundle } from '@shared/domain/types';
import { redactBundle, serializeStakemapFile, stakemapFileName } from '@shared/format';
import { exportCsv } from '@shared/format/interchange/csv/exportCsv';
import { exportCytoscape } from '@shared/format/interchange/cytoscapeJson/exportCytoscape';
import { exportGexf } from '@shared/format/interchange/gexf/exportGexf';
import { exportGraphml } from '@shared/format/interchange/graphml/exportGraphml';
import { exportKumu } from '@shared/format/interchange/kumu/exportKumu';
import { err, ok, type Result } from '@shared/result';
import { nowTimestamp } from './ids';
import { loadBundle } from './mapRepository';

export type DataFormat = 'stakemap' | 'csv' | 'gexf' | 'graphml' | 'cytoscape' | 'kumu';

export interface DataFormatInfo {
  format: DataFormat;
  label: string;
  description: string;
}

export const DATA_FORMATS: readonly DataFormatInfo[] = [
  {
    format: 'stakemap',
    label: 'Stakemap file (.stakemap.json)',
    description: 'Everything, for a colleague with Stakemap or a safe copy.',
  },
  {
    format: 'csv',
    label: 'Spreadsheets (CSV, two files)',
    description: 'Nodes and relationships for Excel, LibreOffice or Kumu.',
  },
  { format: 'gexf', label: 'Gephi (GEXF 1.3)', description: 'For network analysis in Gephi.' },
  {
    format: 'graphml',
    label: 'GraphML',
    description: 'For yEd, Gephi, NetworkX or igraph.',
  },
  {
    format: 'cytoscape',
    label: 'Cytoscape.js JSON (.cyjs)',
    description: 'For Cytoscape desktop or web pages.',
  },
  { format: 'kumu', label: 'Kumu JSON', description: 'To import into a Kumu project.' },
];

/** One file of text in a format other tools read. */
function single(
  name: string,
  contents: string,
  mimeType: string,
  extension: string,
  description: string,
): FileToSave[] {
  return [{ name, contents, mimeType, extension, description }];
}

export interface FileToSave {
  name: string;
  contents: string;
  mimeType: string;
  extension: string;
  description: string;
}

function baseName(bundle: MapBundle, redacted: boolean): string {
  const fileName = stakemapFileName(redacted ? `${bundle.map.name} (redacted)` : bundle.map.name);
  return fileName.replace(/\.stakemap\.json$/, '');
}

export function filesFor(
  bundle: MapBundle,
  format: DataFormat,
  redacted: boolean,
  appVersion: string,
): FileToSave[] {
  const base = baseName(bundle, redacted);
  switch (format) {
    case 'stakemap': {
      const written = redacted ? redactBundle(bundle) : bundle;
      const contents = serializeStakemapFile(written, {
        exportedAt: nowTimestamp(),
        appVersion,
        redacted,
      });
      return [
        {
          name: `${base}.stakemap.json`,
          contents,
          mimeType: 'application/json',
          extension: 'json',
          description: 'Stakemap map',
        },
      ];
    }
    case 'csv': {
      const files = exportCsv(bundle, { redacted });
      const csv = { mimeType: 'text/csv', extension: 'csv', description: 'Spreadsheet (CSV)' };
      return [
        { name: `${base} nodes.csv`, contents: files.nodes, ...csv },
        { name: `${base} relationships.csv`, contents: files.relationships, ...csv },
      ];
    }
    case 'gexf':
      return single(
        `${base}.gexf`,
        exportGexf(bundle, { redacted }),
        'application/xml',
        'gexf',
        'Gephi (GEXF)',
      );
    case 'graphml':
      return single(
        `${base}.graphml`,
        exportGraphml(bundle, { redacted }),
        'application/xml',
        'graphml',
        'GraphML',
      );
    case 'cytoscape':
      return single(
        `${base}.cyjs`,
        exportCytoscape(bundle, { redacted }),
        'application/json',
        'cyjs',
        'Cytoscape.js JSON',
      );
    case 'kumu':
      return single(
        `${base}.kumu.json`,
        exportKumu(bundle, { redacted }),
        'application/json',
        'json',
        'Kumu JSON',
      );
  }
}

export async function exportMapData(
  mapId: string,
  format: DataFormat,
  redacted: boolean,
  appVersion: string,
): Promise<Result<FileToSave[], string>> {
  const bundle = await loadBundle(mapId);
  if (!bundle) return err('This map no longer exists, so there is nothing to export.');
  return ok(filesFor(bundle, format, redacted, appVersion));
}
