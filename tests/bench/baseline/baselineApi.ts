// What the baseline page offers the benchmark driver: a plain Cytoscape.js + Dexie page with
// default options and one IndexedDB record per element, and the raw limits of the same data.

export interface BaselineImportTimes {
  persisted: number;
  drawn: number;
}

export interface BaselineOpenTimes {
  nodes: number;
  all: number;
}

export interface BaselineApi {
  /** Fetches the file (not timed) and keeps its text for the timed steps. */
  load(url: string): Promise<void>;
  /** Empties the baseline database (not timed). */
  clear(): Promise<void>;
  /** JSON.parse, one record per element in one transaction, then a first drawn frame. */
  importFile(): Promise<BaselineImportTimes>;
  /** Reads every record, then draws them with default options; times to the first frame. */
  open(): Promise<BaselineOpenTimes>;
  /** Writes one node's label, then shows it: returns when both are done. */
  editLabel(id: string, label: string): Promise<{ started: number; framed: number }>;
  /** Runs a layout with default options and saves every position; resolves with its time. */
  runLayout(name: string): Promise<number>;
  /** Reads every record and serialises it as JSON. */
  exportJson(): Promise<number>;
  limitParse(): number;
  /** Writes the parsed data as about 25 records in one strict transaction. */
  limitWriteChunks(chunks: number): Promise<number>;
  limitStringify(): number;
}

declare global {
  interface Window {
    __stakemapBaseline?: BaselineApi;
  }
}
