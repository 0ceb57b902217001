// The app's version, written into exported files so a reader knows what made them.

declare const __STAKEMAP_VERSION__: string;

export const APP_VERSION: string = __STAKEMAP_VERSION__;
