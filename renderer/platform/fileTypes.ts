// The file types Stakemap offers in open and save dialogs.

import type { FileType } from './host';

export const STAKEMAP_FILE_TYPE: FileType = {
  description: 'Stakemap map',
  extensions: ['json'],
  mimeType: 'application/json',
};

export const CSV_FILE_TYPE: FileType = {
  description: 'Spreadsheet (CSV)',
  extensions: ['csv'],
  mimeType: 'text/csv',
};

/** Everything the import reads: native maps and files from spreadsheets and other graph tools. */
export const IMPORTABLE_FILE_TYPES: FileType[] = [
  STAKEMAP_FILE_TYPE,
  CSV_FILE_TYPE,
  { description: 'Gephi (GEXF)', extensions: ['gexf'], mimeType: 'application/xml' },
  {
    description: 'GraphML (yEd, Gephi, NetworkX)',
    extensions: ['graphml', 'xml'],
    mimeType: 'application/xml',
  },
  { description: 'Cytoscape (CYJS)', extensions: ['cyjs'], mimeType: 'application/json' },
];

/** "Export everything": every map in one .stakemap-archive.json file. */
export const ARCHIVE_FILE_TYPE: FileType = {
  description: 'Stakemap maps (everything)',
  extensions: ['json'],
  mimeType: 'application/json',
};
