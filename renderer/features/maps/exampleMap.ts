// The example map that ships with the app is an ordinary .stakemap.json file, imported through the
// same path as a user's file, so it writes real data into the user's database. Its text (130 KB)
// is loaded when asked for, not with the map list: it was a fifth of the first screen's script
// and stayed in memory for as long as the app ran. The importer's code (the file format's schemas,
// Zod) comes with it, for the same reason.

import { describeProblem } from '../../data/describeProblem';
import { announce, errorMessage, reportError } from '../../state/notices';

export async function openExampleMap(): Promise<string | null> {
  let exampleText: string;
  let mapFiles: typeof import('../../data/mapFiles');
  try {
    [{ default: exampleText }, mapFiles] = await Promise.all([
      import('../../assets/examples/local-public-data-panel.stakemap.json?raw'),
      import('../../data/mapFiles'),
    ]);
  } catch (error) {
    reportError('The example map could not be loaded.', [
      `Its file could not be read (${errorMessage(error)}). Restart Stakemap and try again.`,
    ]);
    return null;
  }
  const result = await mapFiles.importStakemapText(exampleText);
  if (!result.ok) {
    reportError('The example map could not be loaded.', result.error.map(describeProblem));
    return null;
  }
  announce(`Added the example map “${result.value.map.name}”.`);
  return result.value.map.id;
}
