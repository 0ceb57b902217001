// File names for what the planning views save ("LDEx workshops audience.csv"), made safe for
// every file system by the same rules as a map's own file name.

import { STAKEMAP_FILE_EXTENSION, stakemapFileName } from '@shared/format';

export function planningFileName(title: string, suffix: string): string {
  const safe = stakemapFileName(title || 'map').slice(0, -STAKEMAP_FILE_EXTENSION.length);
  return `${safe} ${suffix}`;
}
