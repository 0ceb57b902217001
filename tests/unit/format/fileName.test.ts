import { describe, expect, it } from 'vitest';
import { stakemapFileName } from '@shared/format';

describe('stakemapFileName', () => {
  it('names the file after the map', () => {
    expect(stakemapFileName('Local Public Data Panel: engagement')).toBe(
      'Local Public Data Panel engagement.stakemap.json',
    );
  });

  it('drops characters Windows, macOS or Linux refuse, and control characters', () => {
    expect(stakemapFileName('a<b>c:d"e/f\\g|h?i*j')).toBe('a b c d e f g h i j.stakemap.json');
    expect(stakemapFileName('tab\there\nnew\u0000line\u007f')).toBe(
      'tab here new line.stakemap.json',
    );
  });

  it('trims, collapses spaces and strips leading and trailing dots', () => {
    expect(stakemapFileName('   Panel    map   ')).toBe('Panel map.stakemap.json');
    expect(stakemapFileName('..hidden.')).toBe('hidden.stakemap.json');
  });

  it('falls back to "map" when nothing is left', () => {
    expect(stakemapFileName('')).toBe('map.stakemap.json');
    expect(stakemapFileName(' /// ... ')).toBe('map.stakemap.json');
  });

  it('avoids Windows device names', () => {
    expect(stakemapFileName('CON')).toBe('CON map.stakemap.json');
    expect(stakemapFileName('lpt1.draft')).toBe('lpt1 map.draft.stakemap.json');
    expect(stakemapFileName('Console')).toBe('Console.stakemap.json');
  });

  it('keeps letters from any language and emoji', () => {
    expect(stakemapFileName('Café – données 😀')).toBe('Café – données 😀.stakemap.json');
  });

  it('keeps names to 100 characters without splitting an emoji', () => {
    expect(stakemapFileName('a'.repeat(150))).toBe(`${'a'.repeat(100)}.stakemap.json`);
    const emoji = stakemapFileName('😀'.repeat(80)).replace('.stakemap.json', '');
    expect(Array.from(emoji).every((character) => character === '😀')).toBe(true);
    expect(Array.from(emoji)).toHaveLength(50); // 200 bytes of four-byte characters
  });

  it('does not leave a trailing space where it cut', () => {
    expect(stakemapFileName(`${'a'.repeat(99)} bcd`)).toBe(`${'a'.repeat(99)}.stakemap.json`);
  });
});
