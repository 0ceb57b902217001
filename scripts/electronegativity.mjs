// Runs Doyensec's Electronegativity over the main process and preload sources and fails on any
// finding that is not in the reviewed allowlist (scripts/electronegativity-allowlist.json). The tool
// itself exits 0 whatever it finds, so this script reads its report instead. An allowlist entry
// that no longer matches anything also fails, so the list cannot grow stale.
//
// The scan asks for SARIF, not CSV: the tool writes a CSV report's header and rows with two
// unsynchronised asynchronous writes, and on a busy machine the header lands on top of the rows.
// SARIF is one write. It carries no code sample, so the sample is read from the scanned line.
//
//   node scripts/electronegativity.mjs                    scan electron/ (part of npm run check)
//   node scripts/electronegativity.mjs --csv <report>     judge an existing CSV report (tests)
//   node scripts/electronegativity.mjs --sarif <report>   judge an existing SARIF report (tests)
//   node scripts/electronegativity.mjs --allowlist <f>  use another allowlist (used by tests)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ELECTRON_VERSION = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/** Splits one CSV line, honouring double quotes (the report quotes some fields, not others). */
export function splitCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(field.trim());
      field = '';
    } else field += character;
  }
  fields.push(field.trim());
  return fields;
}

/** The findings of an Electronegativity CSV report: check, file, location, sample. */
export function parseReport(csv) {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  if (!header || !header.startsWith('issue,')) {
    throw new Error('The Electronegativity report has no header: the scan did not run.');
  }
  return rows.map((row) => {
    const [check, severity, confidence, file, location, sample] = splitCsvLine(row);
    return { check, severity, confidence, file, location, sample };
  });
}

/**
 * The findings of an Electronegativity SARIF report, in the shape parseReport gives. Paths are
 * relative to `scanned`; the sample is the trimmed source line the finding points at.
 */
export function parseSarif(text, scanned) {
  const report = JSON.parse(text);
  const results = report?.runs?.[0]?.results;
  if (!Array.isArray(results)) {
    throw new Error('The Electronegativity report has no results: the scan did not run.');
  }
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation ?? {};
    const uri = location.artifactLocation?.uri ?? 'file:///';
    const file = uri === 'file:///' ? 'N/A' : uri;
    const line = location.region?.startLine ?? 1;
    const column = (location.region?.startColumn ?? 1) - 1;
    return {
      check: result.ruleId,
      severity: result.level,
      confidence: '',
      file,
      location: `${line}:${column}`,
      sample: file === 'N/A' ? '' : sourceLine(join(scanned, file), line),
    };
  });
}

function sourceLine(file, line) {
  try {
    return (readFileSync(file, 'utf8').split(/\r?\n/)[line - 1] ?? '').trim();
  } catch {
    return '';
  }
}

/** An allowlist entry matches a finding by check, file and (when given) a piece of the sample. */
function matches(entry, finding) {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.sampleContains === undefined || finding.sample.includes(entry.sampleContains))
  );
}

export function judge(findings, allowlist) {
  const unreviewed = findings.filter((finding) => !allowlist.some((e) => matches(e, finding)));
  const stale = allowlist.filter((entry) => !findings.some((f) => matches(entry, f)));
  return { unreviewed, stale };
}

function readAllowlist(file) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file} must be a JSON array`);
  for (const [index, entry] of entries.entries()) {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${file}[${index}].${key} must be a non-empty string`);
      }
    }
  }
  return entries;
}

function scan() {
  const folder = mkdtempSync(join(tmpdir(), 'stakemap-electronegativity-'));
  const report = join(folder, 'report.sarif');
  try {
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist');
    const result = spawnSync(
      process.execPath,
      [
        join(cli, 'index.js'),
        '-i',
        join(root, 'electron'),
        '-r',
        '-e',
        ELECTRON_VERSION,
        '-o',
        report,
      ],
      { cwd: root, encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0) {
      throw new Error(`Electronegativity failed (${result.status}):\n${result.stderr}`);
    }
    return readFileSync(report, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function option(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function main() {
  const allowlistFile =
    option('--allowlist') ?? join(root, 'scripts', 'electronegativity-allowlist.json');
  const csvFile = option('--csv');
  const sarifFile = option('--sarif');
  const findings = csvFile
    ? parseReport(readFileSync(csvFile, 'utf8'))
    : parseSarif(sarifFile ? readFileSync(sarifFile, 'utf8') : scan(), join(root, 'electron'));
  const { unreviewed, stale } = judge(findings, readAllowlist(allowlistFile));
  const reviewed = findings.length - unreviewed.length;
  for (const finding of unreviewed) {
    console.error(
      `NOT REVIEWED ${finding.check} (${finding.severity}) ${finding.file}:${finding.location} ${finding.sample}`,
    );
  }
  for (const entry of stale) {
    console.error(`STALE allowlist entry ${entry.check} ${entry.file}: it matches no finding now`);
  }
  if (unreviewed.length > 0 || stale.length > 0) {
    console.error(
      `Electronegativity: ${unreviewed.length} unreviewed finding(s), ${stale.length} stale allowlist ` +
        `entr${stale.length === 1 ? 'y' : 'ies'}. Fix the code, or review the finding and add it ` +
        'with a reason to scripts/electronegativity-allowlist.json.',
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    `Electronegativity (Electron ${ELECTRON_VERSION}): ${findings.length} finding(s), all ${reviewed} reviewed in the allowlist.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
