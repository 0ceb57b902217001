import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  importCsv,
  importCsvWithMapping,
  importCytoscape,
  importGexf,
  importGraphml,
  importKumu,
  importStakemap,
  MAX_ELEMENTS,
  type ImportResult,
} from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';
import { previewOf, problemsOf } from './richBundle';

const IMPORTERS: [string, (text: string) => ImportResult][] = [
  ['CSV', (text) => importCsv(text)],
  ['CSV with a relationships file', (text) => importCsv('Label\nA\n', { relationships: text })],
  ['CSV with a mapping', (text) => importCsvWithMapping(text, { label: 'Label', rest: 'extra' })],
  ['Kumu', (text) => importKumu(text)],
  ['GEXF', (text) => importGexf(text)],
  ['GraphML', (text) => importGraphml(text)],
  ['Cytoscape.js', (text) => importCytoscape(text)],
  ['Stakemap', (text) => importStakemap(text)],
];

function expectAResult(result: ImportResult): void {
  if (result.ok) {
    expect(result.value.summary.relationships).toBe(result.value.bundle.relationships.length);
    return;
  }
  expect(result.error.length).toBeGreaterThan(0);
  for (const found of result.error) {
    expect(typeof found.path).toBe('string');
    expect(found.message.length).toBeGreaterThan(0);
  }
}

function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

afterEach(expectPrototypesUntouched);

const PROPERTY_TIMEOUT = { timeout: 60_000 };

/** Text that looks like each format, with random pieces where values and names go. */
const shaped = fc
  .tuple(fc.string(), fc.string(), fc.string(), fc.constantFrom('nodes', 'edges', 'elements'))
  .chain(([a, b, c, key]) =>
    fc.constantFrom(
      `Label,Type,${a}\n${b},${c},x\n`,
      `From,To,Strength\n${a},${b},${c}\n`,
      `<gexf><graph><attributes class="node"><attribute id="0" title="${a}"/></attributes><nodes><node id="${b}" label="${c}"><attvalues><attvalue for="0" value="${a}"/></attvalues></node></nodes><edges><edge source="${b}" target="${c}" weight="${a}"/></edges></graph></gexf>`,
      `<graphml><key id="k" for="node" attr.name="${a}"/><graph><node id="${b}"><data key="k">${c}</data></node><edge source="${b}" target="${a}"/></graph></graphml>`,
      JSON.stringify({
        [key]: [{ label: a, [b]: c, data: { id: a, [c]: b } }],
        connections: [{ from: a, to: b }],
      }),
    ),
  );

describe('every importer gives a result, whatever it is given', () => {
  it.each(IMPORTERS)('%s: any string', PROPERTY_TIMEOUT, (_name, importer) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => expectAResult(importer(text))),
      {
        numRuns: 300,
      },
    );
  });

  it.each(IMPORTERS)('%s: any JSON value', PROPERTY_TIMEOUT, (_name, importer) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectAResult(importer(JSON.stringify(value) ?? ''))),
      { numRuns: 200 },
    );
  });

  it.each(IMPORTERS)(
    '%s: text shaped like a format, with random names and values',
    PROPERTY_TIMEOUT,
    (_name, importer) => {
      fc.assert(
        fc.property(shaped, (text) => expectAResult(importer(text))),
        { numRuns: 200 },
      );
    },
  );
});

describe('hostile XML', () => {
  it('refuses billion-laughs entity expansion before parsing', () => {
    const started = Date.now();
    const problems = problemsOf(importGexf(readInterchangeFixture('broken/billion-laughs.gexf')));
    expect(problems).toEqual([
      {
        path: 'file.gexf',
        message:
          'This file declares entities in a DOCTYPE. Stakemap does not read such files: entities can make a file read other files on your computer or grow to gigabytes when opened. GEXF and GraphML never need them; remove the DOCTYPE and import the file again.',
      },
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an external entity, so no local file is read', () => {
    const problems = problemsOf(
      importGraphml(readInterchangeFixture('broken/external-entity.graphml'), {
        fileName: 'evil.graphml',
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('evil.graphml');
    expect(problems[0]?.message).toMatch(/^This file declares entities in a DOCTYPE/);
    expect(JSON.stringify(problems)).not.toContain('root:');
  });

  it('reads character references and the predefined entities, nothing else', () => {
    const text =
      '<graphml><graph><node id="a&amp;b"><data key="x">1</data></node></graph>' +
      '<key id="x" for="node" attr.name="label"/></graphml>';
    const { bundle } = previewOf(
      importGraphml(text.replace('1', 'Ren&#233;e &lt;&#x263A;&gt; &nbsp;')),
    );
    expect(bundle.nodes[0]).toMatchObject({ id: 'a&b', label: 'Renée <☺> &nbsp;' });
  });

  it('refuses XML nested deeper than any graph file needs', () => {
    const deep = `<graphml>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</graphml>`;
    expect(problemsOf(importGraphml(deep, { fileName: 'deep.graphml' }))).toEqual([
      {
        path: 'deep.graphml',
        message:
          'This file is nested more than 200 levels deep; no GEXF or GraphML file needs that.',
      },
    ]);
  });

  it('refuses element and attribute names that would reach a prototype', () => {
    const problems = problemsOf(
      importGexf('<gexf><graph><nodes><__proto__ polluted="yes"/></nodes></graph></gexf>'),
    );
    expect(problems).toEqual([
      {
        path: 'file.gexf',
        message:
          "This file uses '__proto__' as an element or attribute name, which Stakemap refuses.",
      },
    ]);
  });
});

describe('hostile keys and field names never reach a prototype', () => {
  it('Kumu: __proto__, constructor and prototype keys are left out and said so', () => {
    const { bundle, summary } = previewOf(
      importKumu(readInterchangeFixture('broken/hostile-keys.json')),
    );
    expect(bundle.nodes[0]?.extra).toEqual({ Fine: 'kept' });
    expect(Object.getPrototypeOf(bundle.nodes[0]?.extra)).toBe(Object.prototype);
    expect(summary.notUnderstood).toContain(
      "Field '__proto__' was left out: '__proto__' cannot be used as a field name",
    );
  });

  it('CSV headers, GEXF titles, GraphML key names and Cytoscape data keys', () => {
    const results = [
      importCsv('Label,__proto__,constructor\nA,{"polluted":1},x\n'),
      importGexf(
        '<gexf><graph><attributes><attribute id="0" title="__proto__"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="x"/></attvalues></node></nodes></graph></gexf>',
      ),
      importGraphml(
        '<graphml><key id="k" for="node" attr.name="prototype"/><graph><node id="a"><data key="k">x</data></node></graph></graphml>',
      ),
      importCytoscape('{"elements":[{"data":{"id":"a","__proto__":{"polluted":1}}}]}'),
    ];
    for (const result of results) {
      const { bundle } = previewOf(result);
      expect(Object.keys(bundle.nodes[0]?.extra ?? {})).toEqual([]);
      expect(Object.getPrototypeOf(bundle.nodes[0]?.extra)).toBe(Object.prototype);
    }
  });
});

describe('size, depth and encoding', () => {
  it(
    `refuses more than ${MAX_ELEMENTS.toLocaleString('en-GB')} nodes and relationships`,
    { timeout: 30_000 },
    () => {
      const rows = Array.from({ length: MAX_ELEMENTS + 1 }, (_, i) => `n${i}`).join('\n');
      expect(problemsOf(importCsv(`Label\n${rows}\n`))).toEqual([
        {
          path: 'nodes.csv',
          message:
            'This file has 200,001 nodes and relationships; Stakemap imports at most 200,000 from one file. Split it into smaller maps.',
        },
      ]);
      const nodes = Array.from({ length: MAX_ELEMENTS + 1 }, (_, i) => ({ data: { id: `n${i}` } }));
      expect(
        problemsOf(importCytoscape(JSON.stringify({ elements: { nodes } })))[0]?.message,
      ).toMatch(/^This file has 200,001 nodes and relationships/);
    },
  );

  it('answers quickly on a 50 MB file', { timeout: 30_000 }, () => {
    const line = '<node id="x"/>\n';
    const xml = `<gexf><graph><nodes>${line.repeat(Math.ceil(50e6 / line.length))}</nodes></graph></gexf>`;
    const csv = 'Label\n' + 'a much longer label than usual\n'.repeat(Math.ceil(50e6 / 31));
    const started = Date.now();
    expect(problemsOf(importGexf(xml))[0]?.message).toMatch(/^This file has [\d,]+ nodes/);
    expect(problemsOf(importCsv(csv))[0]?.message).toMatch(/^This file has [\d,]+ nodes/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses JSON nested 100,000 deep with a problem, not a crash', () => {
    const deep = `{"elements":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    for (const importer of [importKumu, importCytoscape]) {
      expect(problemsOf(importer(deep))).toEqual([
        {
          path: '',
          message:
            'This file is nested more than 64 levels deep; no Kumu or Cytoscape file needs that.',
        },
      ]);
    }
  });

  it('says a file is not UTF-8, binary or empty, with the line', () => {
    const latin1 = new TextDecoder('utf-8').decode(
      new Uint8Array([76, 97, 98, 101, 108, 10, 82, 101, 110, 0xe9, 101, 10]),
    );
    expect(problemsOf(importCsv(latin1))).toEqual([
      {
        path: 'nodes.csv',
        message:
          'This file is not UTF-8 text: line 2 has characters that could not be read. Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.',
      },
    ]);
    expect(
      problemsOf(importGraphml('<graphml>\u0000</graphml>', { fileName: 'x.graphml' }))[0]?.message,
    ).toMatch(/^This is not a text file \(it holds binary data, first on line 1\)/);
    expect(problemsOf(importKumu('  \n'))).toEqual([{ path: '', message: 'This file is empty.' }]);
  });

  it('says what is wrong with JSON that is not JSON, with line and column', () => {
    expect(problemsOf(importCytoscape('{"elements": [\n  {"data": }\n]}'))[0]?.message).toMatch(
      /^This file is not valid JSON/,
    );
  });
});
