// Names the app is known by, to the OS and to the browser engine. Everything here is persisted
// somewhere outside the code (IndexedDB origin, OS app registration, installers), so a rename is a
// data migration, not a refactor. tests/main/constants.test.ts pins each value.

/** The custom scheme the renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';

/** The one host under APP_SCHEME; any other host is refused. */
export const APP_HOST = 'stakemap';

/**
 * The renderer's origin. Every user's IndexedDB data (all their maps) belongs to this origin:
 * changing the scheme or host opens an empty database and loses every user's maps.
 * Do not change without a data migration.
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The OS-level identity (Windows AppUserModelID, macOS bundle id, Linux desktop entry). Changing it
 * makes installers treat the app as a different program and moves its user-data folder.
 * Do not change without a migration; electron-builder.json's appId must match.
 */
export const APP_ID = 'org.stakemap.desktop';

/** The name users see; also names the user-data folder. package.json's productName must match. */
export const PRODUCT_NAME = 'Stakemap';
