import { describe, expect, it } from 'vitest';
import { csvColumns, importCsv, importCsvWithMapping } from '@shared/format/interchange';
import { readInterchangeFixture } from './fixtureFiles';
import { previewOf, problemsOf } from './richBundle';

const NODES = [
  'Label,Type,Description,Tags,Organisation,Influence,Start',
  'Jane Smith,People,Chairs the panel,panel|chair,Cabinet Office,7,28/01/2010',
  'LGA,Company,,,,,',
  'Ideas Lab,Project,,,,75,',
  'Panel meeting,Workshop,,,,,2010-01-19',
].join('\n');

describe('importCsv (Kumu-style nodes file)', () => {
  it('reads labels, kinds from synonyms, tags and custom columns, and says how', () => {
    const { bundle, summary } = previewOf(importCsv(NODES));
    const [jane, lga, lab, meeting] = bundle.nodes;
    expect(jane).toMatchObject({
      label: 'Jane Smith',
      kind: 'person',
      description: 'Chairs the panel',
      tags: ['panel', 'chair'],
      extra: { Organisation: 'Cabinet Office' },
      assessment: { influence: 7 },
    });
    expect(jane?.extra).not.toHaveProperty('Start');
    expect(lga?.kind).toBe('organisation');
    expect(meeting?.kind).toBe('event');
    expect(meeting?.event?.start).toBe('2010-01-19');
    expect(lab).toMatchObject({ kind: 'organisation', tags: ['type:Project'] });
    expect(lab?.extra).toEqual({ Influence: '75' });
    expect(summary.countsByKind).toEqual({
      person: 1,
      organisation: 2,
      network: 0,
      community: 0,
      event: 1,
      channel: 0,
    });
    expect(summary.mapped).toContain("Column 'Organisation' kept as an extra field");
    expect(summary.mapped).toContain("Type 'People' read as person");
    expect(summary.notUnderstood).toContain(
      `Type 'Project' is not a Stakemap kind: 1 node (first at nodes.csv line 4, column "Type") imported as an organisation and tagged 'type:Project'`,
    );
    expect(summary.notUnderstood).toContain(
      `nodes.csv line 4, column "Influence": '75' is not a number from 0 to 10; kept as the extra field 'Influence'`,
    );
  });

  it('converts a day-first date and says so; a date it cannot read is kept as text', () => {
    const { bundle, summary } = previewOf(
      importCsv('Label,Type,Start\nA,Event,28/01/2010\nB,Event,next Tuesday\n'),
    );
    expect(bundle.nodes[0]?.event?.start).toBe('2010-01-28');
    expect(summary.mapped).toContain(
      `Column 'Start': '28/01/2010' → 2010-01-28 (day first) (nodes.csv line 2, column "Start")`,
    );
    expect(bundle.nodes[1]?.extra).toEqual({ Start: 'next Tuesday' });
  });

  it('matches headers without case and reads UTF-8 with a byte order mark', () => {
    const { bundle } = previewOf(importCsv('\uFEFFlabel,TYPE,tags\nRenée,person,a|b\n'));
    expect(bundle.nodes[0]).toMatchObject({ label: 'Renée', kind: 'person', tags: ['a', 'b'] });
  });

  it('names the line and column of a problem', () => {
    expect(problemsOf(importCsv('Who,Type\nA,Person\n'))).toEqual([
      {
        path: 'nodes.csv line 1',
        message:
          'there is no "Label" or "ID" column (the columns are "Who", "Type"); name the column that holds the names "Label", or choose it in the column mapping step',
      },
    ]);
    expect(problemsOf(importCsv('Label,Type\nA,Person\nA,Person\n'))).toEqual([
      {
        path: 'nodes.csv line 3',
        message:
          "'A' is also the label at nodes.csv line 2; without an ID column labels name the nodes, so each must be different (or add an ID column)",
      },
    ]);
  });

  it('refuses a quote that is never closed, with its line', () => {
    const problems = problemsOf(importCsv(readInterchangeFixture('broken/unclosed-quote.csv')));
    expect(problems).toEqual([
      {
        path: 'nodes.csv line 3',
        message:
          'a quoted cell is never closed: a " is missing, so the rest of the file would be one cell',
      },
    ]);
  });

  it('takes the protective apostrophe off cells a spreadsheet would run as formulas', () => {
    const { bundle, summary } = previewOf(importCsv(`Label,Description\n"'=SUM(A1)",'-note\n`));
    expect(bundle.nodes[0]).toMatchObject({ label: '=SUM(A1)', description: '-note' });
    expect(summary.mapped.some((line) => line.includes('apostrophe'))).toBe(true);
  });
});

describe('importCsv with a relationships file', () => {
  const relationships = [
    'From,To,Type,Direction,Strength,Label,Notes',
    'Jane Smith,LGA|Panel meeting,attends,undirected,3,,met twice',
    'LGA,Ministers,funds,directed,strong,,',
  ].join('\r\n');

  it('fans out a To cell with several names, and creates nodes named only there', () => {
    const { bundle, summary } = previewOf(importCsv(NODES, { relationships }));
    const labels = new Map(bundle.nodes.map((node) => [node.id, node.label]));
    const ends = bundle.relationships.map((rel) => [
      labels.get(rel.sourceId),
      labels.get(rel.targetId),
      rel.kind,
      rel.directed,
      rel.strength,
    ]);
    expect(ends).toEqual([
      ['Jane Smith', 'LGA', 'attends', false, 3],
      ['Jane Smith', 'Panel meeting', 'attends', false, 3],
      ['LGA', 'Ministers', 'funds', true, 3],
    ]);
    expect(bundle.relationships[0]?.notes).toBe('met twice');
    expect(bundle.nodes.find((node) => node.label === 'Ministers')?.kind).toBe('person');
    expect(summary.notUnderstood).toContain(
      '1 node was named only in relationships (first at relationships.csv line 3, column "To"): created as a person with no other details',
    );
    expect(summary.mapped).toContain(
      "One row names several nodes separated by '|': one relationship was made for each",
    );
  });

  it('reads a relationships file on its own, naming nodes by label', () => {
    const { bundle } = previewOf(importCsv('From,To\nA,B\nB,C\n'));
    expect(bundle.nodes.map((node) => node.label)).toEqual(['A', 'B', 'C']);
    expect(bundle.relationships).toHaveLength(2);
  });

  it('reports an empty From cell with its place', () => {
    const problems = problemsOf(importCsv(NODES, { relationships: 'From,To\n,LGA\n' }));
    expect(problems).toEqual([
      {
        path: 'relationships.csv line 2, column "From"',
        message: 'empty; name the node this relationship starts from',
      },
    ]);
  });
});

describe('Excel and LibreOffice CSV files', () => {
  it('reads Excel "CSV UTF-8" with semicolons, CRLF, a BOM and decimal commas', () => {
    const { bundle, summary } = previewOf(
      importCsv(readInterchangeFixture('handwritten/excel-semicolon-nodes.csv'), {
        relationships: readInterchangeFixture('handwritten/excel-semicolon-relationships.csv'),
      }),
    );
    expect(bundle.nodes.map((node) => [node.label, node.kind])).toEqual([
      ['Jane Smith', 'person'],
      ['Renée Dupont', 'organisation'],
      ['Panel workshop', 'event'],
    ]);
    expect(bundle.nodes[0]?.description).toBe('Chairs the panel; keen');
    expect(bundle.nodes[0]?.assessment.interest).toBe(9.5);
    expect(bundle.nodes[2]?.event?.start).toBe('2010-01-28');
    expect(bundle.relationships).toHaveLength(2);
    expect(summary.mapped).toContain('nodes.csv: cells separated by semicolons');
  });

  it('reads what LibreOffice Calc 7.4 writes, with semicolons or commas', () => {
    for (const name of ['elements-semicolon.csv', 'elements-comma.csv']) {
      const { bundle } = previewOf(importCsv(readInterchangeFixture(`libreoffice/${name}`)));
      expect(bundle.nodes.map((node) => node.label)).toEqual([
        'Jane Smith',
        'Renée Dupont',
        'Data Day',
      ]);
      expect(bundle.nodes[0]?.description).toBe('Chairs the panel, "keen"');
      expect(bundle.nodes[0]?.extra).toEqual({ Organisation: 'LGA' });
      // LibreOffice ran "=1+1 looks like a formula" as a formula: what it wrote is imported as is.
      expect(bundle.nodes[2]?.description).toBe('Err:509');
    }
  });
});

describe('a Stakemap CSV export opened and saved again by LibreOffice Calc', () => {
  it('comes back with protected cells intact and Calc’s own spellings read', () => {
    const { bundle } = previewOf(
      importCsv(readInterchangeFixture('libreoffice/stakemap-export-resaved-nodes.csv'), {
        relationships: readInterchangeFixture(
          'libreoffice/stakemap-export-resaved-relationships.csv',
        ),
      }),
    );
    const [jane, council] = bundle.nodes;
    expect(council?.label).toBe('=HYPERLINK("x") Council');
    expect(jane?.person).toMatchObject({ phone: '+44 20 7946 0000', doNotContact: true });
    expect(jane?.notes).toBe('Prefers mornings.\nSecond line.');
    expect(bundle.nodes[4]?.event?.end).toBe('2010-01-28T17:00:00');
    expect(bundle.relationships.map((rel) => [rel.id, rel.kind, rel.strength])).toEqual([
      ['r1', 'member-of', 3],
      ['r2', 'attends', 1],
      ['r3', 'advises on', 2],
    ]);
  });
});

describe('importCsvWithMapping and csvColumns', () => {
  const text = 'Name,Category,Keywords,About,Email,Team\nJane,Person,a|b,Chair,j@x.org,Data\n';

  it('lists the headers for the mapping step', () => {
    expect(csvColumns(text)).toEqual({
      ok: true,
      value: ['Name', 'Category', 'Keywords', 'About', 'Email', 'Team'],
    });
  });

  it('uses the chosen columns and keeps the rest as extra fields', () => {
    const mapping = {
      label: 'Name',
      kind: 'Category',
      tags: 'Keywords',
      description: 'About',
      rest: 'extra',
    } as const;
    const { bundle, summary } = previewOf(importCsvWithMapping(text, mapping));
    expect(bundle.nodes[0]).toMatchObject({
      label: 'Jane',
      kind: 'person',
      tags: ['a', 'b'],
      description: 'Chair',
      extra: { Email: 'j@x.org', Team: 'Data' },
    });
    expect(summary.mapped).toContain("Column 'Name' read as the label");
    expect(summary.mapped).toContain("Column 'Team' kept as the extra field 'Team'");
  });

  it('drops the rest when asked, and says so', () => {
    const { bundle, summary } = previewOf(
      importCsvWithMapping(text, { label: 'Name', rest: 'drop' }),
    );
    expect(bundle.nodes[0]?.extra).toEqual({});
    expect(summary.notUnderstood).toContain("Column 'Email' was left out, as chosen");
  });

  it('reports a mapped column that is not there', () => {
    expect(problemsOf(importCsvWithMapping(text, { label: 'Title', rest: 'drop' }))).toEqual([
      {
        path: 'file.csv line 1',
        message:
          'there is no column "Title" for the label (the columns are "Name", "Category", "Keywords", "About", "Email", "Team")',
      },
    ]);
  });
});
