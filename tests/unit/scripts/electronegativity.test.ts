// The script that turns Electronegativity's report into a pass or a failure: it must fail on any
// finding nobody reviewed, and on an allowlist entry that no longer matches anything.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { parseSarif } from '../../../scripts/electronegativity.mjs';

const SCRIPT = fileURLToPath(new URL('../../../scripts/electronegativity.mjs', import.meta.url));
const ALLOWLIST = fileURLToPath(
  new URL('../../../scripts/electronegativity-allowlist.json', import.meta.url),
);
const folder = mkdtempSync(join(tmpdir(), 'stakemap-en-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const OPEN_EXTERNAL =
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/ipc.ts","190:14","await deps.openExternal(url);","Review the use of openExternal",https://example.invalid/';
const NODE_INTEGRATION =
  'NODE_INTEGRATION_JS_CHECK,"INFORMATIONAL","FIRM","main/window.ts","30:4","nodeIntegration: true,","Disable nodeIntegration for untrusted origins",https://example.invalid/';

function judge(csvLines: string[], allowlist: unknown[]) {
  const csv = join(folder, `report-${Math.random()}.csv`);
  const list = join(folder, `allow-${Math.random()}.json`);
  writeFileSync(csv, [HEADER, ...csvLines].join('\n'));
  writeFileSync(list, JSON.stringify(allowlist));
  return spawnSync(process.execPath, [SCRIPT, '--csv', csv, '--allowlist', list], {
    encoding: 'utf8',
  });
}

const reviewed = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main/ipc.ts',
  sampleContains: 'deps.openExternal(url)',
  reason: 'checked by toAllowedExternalUrl',
};

describe('scripts/electronegativity.mjs', () => {
  it('passes when every finding is in the allowlist', () => {
    const result = judge([OPEN_EXTERNAL], [reviewed]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 finding\(s\), all 1 reviewed/);
  });

  it('fails on a finding nobody reviewed, and names it', () => {
    const result = judge([OPEN_EXTERNAL, NODE_INTEGRATION], [reviewed]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('NOT REVIEWED NODE_INTEGRATION_JS_CHECK');
    expect(result.stderr).toContain('main/window.ts:30:4');
  });

  it('fails when a reviewed sample changes (the allowlist matches code, not just a file)', () => {
    const changed = OPEN_EXTERNAL.replace('deps.openExternal(url)', 'shell.openExternal(input)');
    expect(judge([changed], [reviewed]).status).toBe(1);
  });

  it('fails on an allowlist entry that matches nothing any more', () => {
    const result = judge([], [reviewed]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('STALE allowlist entry OPEN_EXTERNAL_JS_CHECK');
  });

  it('refuses an allowlist entry without a reason', () => {
    const { reason: _reason, ...unexplained } = reviewed;
    const result = judge([OPEN_EXTERNAL], [unexplained]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/reason must be a non-empty string/);
  });

  it('fails when the scan produced no report at all', () => {
    const empty = join(folder, 'empty.csv');
    writeFileSync(empty, '');
    const result = spawnSync(process.execPath, [SCRIPT, '--csv', empty], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/did not run/);
  });

  it('reads a SARIF report, taking each sample from the line it points at', () => {
    const scanned = join(folder, 'electron');
    mkdirSync(join(scanned, 'main'), { recursive: true });
    writeFileSync(
      join(scanned, 'main', 'ipc.ts'),
      'const a = 1;\n    await deps.openExternal(url);\n',
    );
    const at = (uri: string, startLine: number) => ({
      physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn: 5 } },
    });
    const sarif = JSON.stringify({
      runs: [
        {
          results: [
            { ruleId: 'OPEN_EXTERNAL_JS_CHECK', level: 'note', locations: [at('main/ipc.ts', 2)] },
            { ruleId: 'CSP_GLOBAL_CHECK', level: 'note', locations: [at('file:///', 1)] },
          ],
        },
      ],
    });
    expect(parseSarif(sarif, scanned)).toEqual([
      expect.objectContaining({
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'main/ipc.ts',
        location: '2:4',
        sample: 'await deps.openExternal(url);',
      }),
      expect.objectContaining({ check: 'CSP_GLOBAL_CHECK', file: 'N/A', sample: '' }),
    ]);
  });

  it('fails when a SARIF report has no results', () => {
    const empty = join(folder, 'empty.sarif');
    writeFileSync(empty, '{}');
    const result = spawnSync(process.execPath, [SCRIPT, '--sarif', empty], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/did not run/);
  });

  it('keeps the real allowlist short, and gives every entry a reason', () => {
    const entries: unknown = JSON.parse(readFileSync(ALLOWLIST, 'utf8'));
    expect(Array.isArray(entries)).toBe(true);
    const list = entries as Array<Record<string, unknown>>;
    expect(list.length).toBeLessThanOrEqual(10);
    for (const entry of list) expect(String(entry.reason).length).toBeGreaterThan(40);
  });
});
