// Lifecycle only: wires Electron's real objects into the modules that hold the logic (security,
// protocol, window, ipc, menu) in the order Electron requires. Decisions belong in those modules,
// where they are tested with fakes; tests/main/index.test.ts checks only the order of start-up.

import path from 'node:path';
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createBackupStore } from './backups';
import { APP_ID, APP_SCHEME } from './constants';
import { createIpcHandlers, registerIpc } from './ipc';
import { createFileLog, type Log } from './log';
import { buildMenuTemplate, menuCommandSender } from './menu';
import { createAppProtocolHandler, registerAppSchemeAsPrivileged } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow, rendererRootFor } from './window';

/** Until the app is ready (and userData is known) lines go to the terminal only. */
let log: Log = (message, error) => {
  if (error === undefined) console.error(`[stakemap] ${message}`);
  else console.error(`[stakemap] ${message}`, error);
};

/** Local only: <userData>/logs/main.log. Nothing is ever sent anywhere. */
function startFileLog(): void {
  log = createFileLog({
    folder: path.join(app.getPath('userData'), 'logs'),
    fs: { mkdir, appendFile, stat, rename },
    now: () => new Date(),
    echo: (line) => console.error(line),
  });
}

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const window = createMainWindow({
    appPath: app.getAppPath(),
    createWindow: (options) => new BrowserWindow(options),
    log: (message, error) => log(message, error),
    now: Date.now,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function ownerOf(sender: Electron.WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender);
}

async function whenReady(): Promise<void> {
  startFileLog();
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: rendererRootFor(app.getAppPath()),
      readFile,
      log: (message, error) => log(message, error),
    }),
  );
  hardenSession(session.defaultSession);

  const sendMenuCommand = menuCommandSender(() => mainWindow?.webContents ?? null);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(sendMenuCommand, {
        platform: process.platform,
        isPackaged: app.isPackaged,
      }),
    ),
  );

  registerIpc(
    ipcMain,
    createIpcHandlers<Electron.WebContents>({
      showSaveDialog: (sender, options) => {
        const owner = ownerOf(sender);
        return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (sender, options) => {
        const owner = ownerOf(sender);
        return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
      },
      printToPdf: (sender, options) => sender.printToPDF(options),
      fs: { open, rename, rm, stat, readFile },
      openExternal: (url) => shell.openExternal(url),
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      backups: createBackupStore({
        folder: path.join(app.getPath('userData'), 'backups'),
        fs: { open, rename, rm, stat, readFile, mkdir, readdir },
        now: () => new Date(),
        log: (message, error) => log(message, error),
      }),
      log: (message, error) => log(message, error),
    }),
  );

  openMainWindow();
}

// Before anything else: every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same IndexedDB from two processes; hand over to the first.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  registerAppSchemeAsPrivileged(protocol);
  hardenAllWebContents(app, {
    openExternal: (url) => shell.openExternal(url),
    log: (message, error) => log(message, error),
  });
  process.on('uncaughtException', (error) => log('Uncaught exception in the main process', error));
  process.on('unhandledRejection', (reason) =>
    log('Unhandled rejection in the main process', reason),
  );

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  app
    .whenReady()
    .then(whenReady)
    .catch((error: unknown) => {
      log('Start-up failed', error);
      app.quit();
    });
}
