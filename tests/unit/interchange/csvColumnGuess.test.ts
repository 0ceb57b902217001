// The column-mapping step: which column the app suggests for each field, and the import the
// user's choices make.

import { describe, expect, it } from 'vitest';
import {
  describeCsvColumns,
  importCsvWithMapping,
  mappingFromRoles,
} from '@shared/format/interchange';
import { previewOf } from './richBundle';

describe('describeCsvColumns', () => {
  it('guesses fields from header aliases, with the first value of each column', () => {
    const text = '\uFEFFName;Category;Keywords;Job title;Team\nJane;Person;a|b;Chair;\n;;;;Data\n';
    expect(describeCsvColumns(text)).toEqual({
      ok: true,
      value: [
        { name: 'Name', example: 'Jane', guess: 'label' },
        { name: 'Category', example: 'Person', guess: 'kind' },
        { name: 'Keywords', example: 'a|b', guess: 'tags' },
        { name: 'Job title', example: 'Chair', guess: 'role' },
        { name: 'Team', example: 'Data', guess: 'extra' },
      ],
    });
  });

  it('takes an ID column, or else the first unknown column, as the label when none is named', () => {
    const guesses = (text: string) => {
      const read = describeCsvColumns(text);
      return read.ok ? read.value.map((column) => column.guess) : read.error;
    };
    expect(guesses('Email,ID,Who\nx@y.org,7,Ann\n')).toEqual(['email', 'label', 'extra']);
    expect(guesses('Email,Who,Team\nx@y.org,Ann,A\n')).toEqual(['email', 'label', 'extra']);
  });

  it('suggests a field only once', () => {
    const read = describeCsvColumns('Name,Title\nAnn,Dr\n');
    expect(read.ok && read.value.map((column) => column.guess)).toEqual(['label', 'extra']);
  });

  it('refuses a file without headers', () => {
    expect(describeCsvColumns(',,\n')).toEqual({
      ok: false,
      error: [{ path: 'file.csv', message: 'This file is empty.' }],
    });
  });
});

describe('mappingFromRoles', () => {
  it('needs exactly one label column', () => {
    expect(mappingFromRoles([{ column: 'A', role: 'extra' }])).toBeNull();
    expect(
      mappingFromRoles([
        { column: 'A', role: 'label' },
        { column: 'B', role: 'label' },
      ]),
    ).toBeNull();
  });

  it('reads other known fields, keeps extras and leaves out what the user dropped', () => {
    const text = 'Who,Job,Mail,Team,Secret\nAnn,Chair,ann@x.org,Data,hidden\n';
    const mapping = mappingFromRoles([
      { column: 'Who', role: 'label' },
      { column: 'Job', role: 'role' },
      { column: 'Mail', role: 'email' },
      { column: 'Team', role: 'extra' },
      { column: 'Secret', role: 'drop' },
    ]);
    expect(mapping).not.toBeNull();
    if (!mapping) return;
    const { bundle, summary } = previewOf(importCsvWithMapping(text, mapping));
    expect(bundle.nodes[0]).toMatchObject({
      label: 'Ann',
      kind: 'person',
      person: { role: 'Chair', email: 'ann@x.org' },
      extra: { Team: 'Data' },
    });
    expect(JSON.stringify(bundle)).not.toContain('hidden');
    expect(summary.notUnderstood).toContain("Column 'Secret' was left out, as chosen");
  });
});

describe('the separator', () => {
  it('is the one the header uses, even for two columns and a blank last line', () => {
    const read = describeCsvColumns('Who;Email\nAnn;ann@example.org\n');
    expect(read.ok && read.value.map((column) => column.name)).toEqual(['Who', 'Email']);
  });

  it('ignores separators inside quoted headers', () => {
    const read = describeCsvColumns('"Name, full";Email\nAnn;a@x.org\n');
    expect(read.ok && read.value.map((column) => column.name)).toEqual(['Name, full', 'Email']);
  });
});
