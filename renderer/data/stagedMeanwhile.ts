// The error a write to a map's records throws, inside its transaction, when it finds that some of
// those records are in staged parts after all (stagedParts.ts): staged by a bulk change in another
// window, or one that started after the write last looked. The transaction is rolled back, and
// mapWrite.ts tries the write again once the parts are expanded.

const NAME = 'StagedMeanwhileError';

export function stagedMeanwhile(): Error {
  const error = new Error('Some of the map’s records were staged before this write.');
  error.name = NAME;
  return error;
}

export function isStagedMeanwhile(error: unknown): boolean {
  return error instanceof Error && error.name === NAME;
}
