// The app's version, written into exported files so a reader knows what made them. A named import
// from package.json: the bundler keeps just this one field.

import { version } from '../../package.json';

export const APP_VERSION: string = version;
