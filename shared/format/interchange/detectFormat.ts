// Which format a file is in, from its name and, where the name does not settle it (.json, .xml,
// no extension), from a look at its start. Returns null when it cannot tell; the caller then asks.

import { STAKEMAP_FILE_EXTENSION } from '../fileTypes';
import type { InterchangeFormat } from './types';
import { withoutBom } from './textChecks';

const BY_EXTENSION: Readonly<Record<string, InterchangeFormat>> = {
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  tsv: 'csv',
  cyjs: 'cytoscape-json',
};

/** How much of the text is looked at: enough for any header, cheap for a 50 MB file. */
const SNIFF_LENGTH = 64 * 1024;

function sniffXml(head: string): InterchangeFormat | null {
  if (/<(\w+:)?gexf[\s>]/.test(head)) return 'gexf';
  if (/<(\w+:)?graphml[\s>]/.test(head)) return 'graphml';
  return null;
}

function sniffJson(head: string): InterchangeFormat | null {
  if (/"format"\s*:\s*"stakemap"/.test(head)) return 'stakemap';
  if (head.startsWith('[')) return 'cytoscape-json';
  if (/"elements"\s*:\s*\{/.test(head)) return 'cytoscape-json';
  if (/"connections"\s*:|"_id"\s*:\s*"elem-/.test(head)) return 'kumu-json';
  if (/"elements"\s*:\s*\[/.test(head)) {
    return /"data"\s*:\s*\{/.test(head) ? 'cytoscape-json' : 'kumu-json';
  }
  return null;
}

function sniffCsv(head: string): InterchangeFormat | null {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine) && !/[{}<>]/.test(firstLine.slice(0, 1)) ? 'csv' : null;
}

export function detectFormat(fileName: string, text: string): InterchangeFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(STAKEMAP_FILE_EXTENSION)) return 'stakemap';
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1] ?? '';
  if (Object.hasOwn(BY_EXTENSION, extension)) return BY_EXTENSION[extension] ?? null;
  const head = withoutBom(text.slice(0, SNIFF_LENGTH)).trimStart();
  if (head.startsWith('<')) return sniffXml(head);
  if (head.startsWith('{') || head.startsWith('[')) return sniffJson(head);
  if (extension === 'xml' || extension === 'json') return null;
  return sniffCsv(head);
}
