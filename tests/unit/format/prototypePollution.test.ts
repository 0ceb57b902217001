import { afterEach, describe, expect, it } from 'vitest';
import { bundleFromFile, serializeStakemapFile } from '@shared/format';
import { readFixture } from './fixtureFiles';
import { fileText, parsedFile, person, problemsOf } from './parseHelpers';

function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

afterEach(expectPrototypesUntouched);

describe('hostile keys', () => {
  it('refuses __proto__, constructor and prototype as extra field names', () => {
    expect(problemsOf(readFixture('broken/prototype-pollution.stakemap.json'))).toEqual([
      { path: 'nodes[0].extra.__proto__', message: "'__proto__' cannot be used as a field name" },
      {
        path: 'nodes[0].extra.constructor',
        message: "'constructor' cannot be used as a field name",
      },
      { path: 'nodes[0].extra.prototype', message: "'prototype' cannot be used as a field name" },
      {
        path: 'relationships[0].extra.__proto__',
        message: "'__proto__' cannot be used as a field name",
      },
    ]);
  });

  it('drops __proto__ keys everywhere else without letting them reach a prototype', () => {
    const text = fileText({ nodes: [person('a', { extra: { fine: 'kept' } })] })
      .replace('{"format"', '{"__proto__":{"polluted":"top"},"format"')
      .replace('"id":"a"', '"__proto__":{"polluted":"node"},"id":"a"')
      .replace('"name":"Test map"', '"name":"Test map","__proto__":{"polluted":"map"}');
    const file = parsedFile(text);
    const node = file.nodes[0];
    expect(node?.extra).toEqual({ fine: 'kept' });
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(file.map)).toBe(Object.prototype);
    expect(Object.keys(node ?? {})).not.toContain('__proto__');

    const bundle = bundleFromFile(file, { mapId: 'new', now: '2010-01-21T00:00:00.000Z' });
    expect(
      serializeStakemapFile(bundle, { exportedAt: '2010-01-21T00:00:00.000Z', appVersion: '0' }),
    ).not.toContain('polluted');
  });
});
