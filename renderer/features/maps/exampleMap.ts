// The example map that ships with the app is an ordinary .stakemap.json file, imported through the
// same path as a user's file, so it writes real data into the user's database.

import exampleText from '../../assets/examples/local-public-data-panel.stakemap.json?raw';
import { describeProblem, importStakemapText } from '../../data/mapFiles';
import { announce, reportError } from '../../state/notices';

export async function openExampleMap(): Promise<string | null> {
  const result = await importStakemapText(exampleText);
  if (!result.ok) {
    reportError('The example map could not be loaded.', result.error.map(describeProblem));
    return null;
  }
  announce(`Added the example map “${result.value.map.name}”.`);
  return result.value.map.id;
}
