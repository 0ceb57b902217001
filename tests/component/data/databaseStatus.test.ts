// Opening failures are explained in words and never lead to deleting anything.

import { describe, expect, it } from 'vitest';
import { explainOpenFailure } from '../../../renderer/data/databaseStatus';

function failure(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('explaining why the database did not open', () => {
  it('says a newer version wrote the data and that it was not changed', () => {
    const status = explainOpenFailure(failure('VersionError', 'requested version is less'));
    expect(status.title).toMatch(/newer version/);
    expect(status.advice).toMatch(/not been changed/);
  });

  it('asks to close other windows when an upgrade is blocked', () => {
    const status = explainOpenFailure(failure('DatabaseClosedError', 'Database upgrade blocked'));
    expect(status.advice).toMatch(/Close the other Stakemap windows/);
  });

  it('names a full disk', () => {
    expect(explainOpenFailure(failure('QuotaExceededError', 'quota')).title).toBe(
      'The disk is full',
    );
  });

  it('falls back to a plain message that promises nothing was deleted', () => {
    const status = explainOpenFailure('weird');
    expect(status.advice).toMatch(/Nothing has been deleted/);
    expect(status.detail).toBe('weird');
  });
});
