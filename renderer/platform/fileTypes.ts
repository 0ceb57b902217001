// The file types Stakemap offers in open and save dialogs.

import type { FileType } from './host';

export const STAKEMAP_FILE_TYPE: FileType = {
  description: 'Stakemap map',
  extensions: ['json'],
  mimeType: 'application/json',
};
