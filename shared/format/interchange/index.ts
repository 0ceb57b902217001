// The interchange formats' public face: importers that turn another tool's file into the preview
// of a new map, exporters that write a map for another tool, and the detector that tells them
// apart. Everything else in this folder is a detail and may change without notice.

export {
  INTERCHANGE_FORMATS,
  type ExportOptions,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  type ImportSummary,
  type InterchangeFormat,
} from './types';
export { importCsv, csvColumns, type CsvImportOptions } from './csv/importCsv';
export { importCsvWithMapping, type CsvColumnMapping } from './csv/importCsvWithMapping';
export {
  describeCsvColumns,
  mappingFromRoles,
  type CsvColumn,
  type CsvColumnRole,
  type MappableField,
} from './csv/csvColumnGuess';
export { NODE_FIELD_NAMES } from './fieldNames';
export { exportCsv, type CsvFiles } from './csv/exportCsv';
export { REDACTION_NOTE } from './redaction';
export { MAX_ELEMENTS } from './limits';
export { importGexf } from './gexf/importGexf';
export { exportGexf } from './gexf/exportGexf';
export { importGraphml } from './graphml/importGraphml';
export { exportGraphml } from './graphml/exportGraphml';
export { importKumu } from './kumu/importKumu';
export { exportKumu } from './kumu/exportKumu';
export { importCytoscape } from './cytoscapeJson/importCytoscape';
export { exportCytoscape } from './cytoscapeJson/exportCytoscape';
export { detectFormat } from './detectFormat';
export { importStakemap } from './importStakemap';
export { importInterchange, FORMAT_LABELS } from './importAny';
