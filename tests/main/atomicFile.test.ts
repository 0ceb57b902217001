import { describe, expect, it, vi } from 'vitest';
import {
  RENAME_RETRY_DELAYS_MS,
  renameWithRetries,
  writeFileAtomically,
  type AtomicFileSystem,
} from '../../electron/main/atomicFile';

function failing(code: string): Error {
  return Object.assign(new Error(`${code}: operation not permitted`), { code });
}

/** A file system whose rename fails with `codes`, one per attempt, before it succeeds. */
function flakyRename(codes: string[]) {
  const operations: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const fs: AtomicFileSystem = {
    async open(filePath) {
      operations.push(`open ${filePath}`);
      return {
        async writeFile(data) {
          written.set(filePath, data);
        },
        async sync() {
          operations.push('sync');
        },
        async close() {
          operations.push('close');
        },
      };
    },
    async rename(from, to) {
      operations.push('rename');
      const code = codes.shift();
      if (code !== undefined) throw failing(code);
      const data = written.get(from);
      if (data !== undefined) written.set(to, data);
      written.delete(from);
    },
    async rm(filePath) {
      operations.push(`rm ${filePath}`);
      written.delete(filePath);
    },
  };
  return { fs, operations, written };
}

describe('renameWithRetries', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'waits and tries again while Windows holds the file (%s)',
    async (code) => {
      const { fs, operations } = flakyRename([code, code]);
      const sleep = vi.fn(async (_ms: number) => undefined);
      await renameWithRetries(fs, '/a/.tmp', '/a/file', sleep);
      expect(operations.filter((operation) => operation === 'rename')).toHaveLength(3);
      expect(sleep.mock.calls).toEqual([[50], [100]]);
    },
  );

  it('gives up after the last retry with the original error', async () => {
    const { fs } = flakyRename(Array(RENAME_RETRY_DELAYS_MS.length + 1).fill('EBUSY'));
    const sleep = vi.fn(async (_ms: number) => undefined);
    await expect(renameWithRetries(fs, '/a/.tmp', '/a/file', sleep)).rejects.toThrow(/EBUSY/);
    expect(sleep).toHaveBeenCalledTimes(RENAME_RETRY_DELAYS_MS.length);
  });

  it('does not retry errors that will not go away', async () => {
    const { fs } = flakyRename(['ENOSPC']);
    const sleep = vi.fn(async (_ms: number) => undefined);
    await expect(renameWithRetries(fs, '/a/.tmp', '/a/file', sleep)).rejects.toThrow(/ENOSPC/);
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe('writeFileAtomically', () => {
  it('survives a transient lock on the target and writes the whole file', async () => {
    const { fs, written } = flakyRename(['EPERM']);
    await writeFileAtomically(fs, '/maps/a.json', '{"a":1}', async () => undefined);
    expect(written.get('/maps/a.json')).toBe('{"a":1}');
    expect([...written.keys()]).toEqual(['/maps/a.json']);
  });

  it('flushes before renaming, and cleans up its temporary file when the rename fails', async () => {
    const { fs, operations, written } = flakyRename(['ENOSPC']);
    await expect(
      writeFileAtomically(fs, '/maps/a.json', new Uint8Array([1]), async () => undefined),
    ).rejects.toThrow(/ENOSPC/);
    expect(operations.indexOf('sync')).toBeLessThan(operations.indexOf('rename'));
    expect(operations.at(-1)).toMatch(/^rm \/maps\/\.a\.json\.[0-9a-f]{12}\.tmp$/);
    expect(written.size).toBe(0);
  });
});
