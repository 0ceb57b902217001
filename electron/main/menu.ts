// The native application menu: standard roles plus the app's own commands, which are not handled
// here but sent to the renderer as MenuCommands on MENU_COMMAND_CHANNEL. The renderer owns what a
// command does; this file owns only labels, accelerators and which command each item sends.

import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract';
import { PRODUCT_NAME } from './constants';

export type SendMenuCommand = (command: MenuCommand) => void;

function command(
  label: string,
  accelerator: string,
  menuCommand: MenuCommand,
  send: SendMenuCommand,
): MenuItemConstructorOptions {
  return { label, accelerator, click: () => send(menuCommand) };
}

export interface MenuOptions {
  platform: string;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
}

export function buildMenuTemplate(
  send: SendMenuCommand,
  { platform, isPackaged }: MenuOptions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const topLevel = (label: string) => (isMac ? label.replace('&', '') : label);

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: PRODUCT_NAME,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: topLevel('&File'),
    submenu: [
      command('New Map', 'CmdOrCtrl+N', 'map:new', send),
      command('Import…', 'CmdOrCtrl+O', 'file:import', send),
      command('Export…', 'CmdOrCtrl+E', 'file:export', send),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: topLevel('&Edit'),
    submenu: [
      command('Undo', 'CmdOrCtrl+Z', 'edit:undo', send),
      command('Redo', 'CmdOrCtrl+Shift+Z', 'edit:redo', send),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
      ];

  const view: MenuItemConstructorOptions = {
    label: topLevel('&View'),
    submenu: [
      // CmdOrCtrl+0 fits the map to the window, so the page zoom reset moves to Shift.
      command('Fit to Screen', 'CmdOrCtrl+0', 'view:fit', send),
      { type: 'separator' },
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+Shift+0' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developer,
    ],
  };

  const window: MenuItemConstructorOptions = { role: 'windowMenu' };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${PRODUCT_NAME}` }],
  };

  return [...appMenu, file, edit, view, window, help];
}

export interface MenuCommandTarget {
  send(channel: string, command: MenuCommand): void;
}

/** Sends menu commands to whatever window is current (the main window may be recreated on macOS). */
export function menuCommandSender(currentTarget: () => MenuCommandTarget | null): SendMenuCommand {
  return (menuCommand) => currentTarget()?.send(MENU_COMMAND_CHANNEL, menuCommand);
}
