import { describe, expect, it } from 'vitest';
import {
  LOG_FILE,
  MAX_LOG_BYTES,
  PREVIOUS_LOG_FILE,
  createFileLog,
  formatLogLine,
  type LogFileSystem,
} from '../../electron/main/log';

function memoryLogFs() {
  const files = new Map<string, string>();
  const fs: LogFileSystem = {
    mkdir: async () => undefined,
    appendFile: async (file, data) => {
      files.set(file, (files.get(file) ?? '') + data);
    },
    stat: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { size: text.length };
    },
    rename: async (from, to) => {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
  };
  return { fs, files };
}

const AT = new Date('2026-11-27T03:29:05.123Z');

describe('the main-process log', () => {
  it('appends timestamped lines with the error’s stack to <userData>/logs/main.log', async () => {
    const { fs, files } = memoryLogFs();
    const echoed: string[] = [];
    const log = createFileLog({
      folder: '/u/logs',
      fs,
      now: () => AT,
      echo: (l) => echoed.push(l),
    });
    log('Renderer process gone (crashed, exit code 1)');
    log('Could not back up map m1', new Error('ENOSPC'));
    await log.flushed();
    const text = files.get(`/u/logs/${LOG_FILE}`) ?? '';
    expect(text.split('\n')[0]).toBe(
      '2026-11-27T03:29:05.123Z [stakemap] Renderer process gone (crashed, exit code 1)',
    );
    expect(text).toContain('[stakemap] Could not back up map m1 | Error: ENOSPC');
    expect(echoed).toHaveLength(2);
  });

  it('starts a new file when the log passes its size limit, keeping the previous one', async () => {
    const { fs, files } = memoryLogFs();
    files.set(`/u/logs/${LOG_FILE}`, 'x'.repeat(MAX_LOG_BYTES - 10));
    const log = createFileLog({ folder: '/u/logs', fs, now: () => AT, echo: () => undefined });
    log('one more line that does not fit');
    await log.flushed();
    expect(files.get(`/u/logs/${PREVIOUS_LOG_FILE}`)?.length).toBe(MAX_LOG_BYTES - 10);
    expect(files.get(`/u/logs/${LOG_FILE}`)).toContain('one more line');
  });

  it('never throws when the disk cannot be written', async () => {
    const log = createFileLog({
      folder: '/u/logs',
      fs: {
        mkdir: async () => Promise.reject(new Error('EACCES')),
        appendFile: async () => Promise.reject(new Error('EROFS')),
        stat: async () => Promise.reject(new Error('EACCES')),
        rename: async () => Promise.reject(new Error('EACCES')),
      },
      now: () => AT,
      echo: () => undefined,
    });
    expect(() => log('still fine', new Error('boom'))).not.toThrow();
    await expect(log.flushed()).resolves.toBeUndefined();
  });

  it('describes values that are not errors', () => {
    expect(formatLogLine(AT, 'Rejected', { code: 42 })).toBe(
      '2026-11-27T03:29:05.123Z Rejected | {"code":42}\n',
    );
  });
});
