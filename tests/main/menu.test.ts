import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract';
import { buildMenuTemplate, menuCommandSender } from '../../electron/main/menu';

type Item = MenuItemConstructorOptions;

function submenuOf(item: Item | undefined): Item[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

function build(platform = 'linux', isPackaged = true) {
  const send = vi.fn((_command: MenuCommand) => undefined);
  const template = buildMenuTemplate(send, { platform, isPackaged });
  const menu = (label: string) =>
    template.find((item) => item.label?.replace('&', '') === label || item.role === label);
  const item = (menuLabel: string, label: string) =>
    submenuOf(menu(menuLabel)).find((entry) => entry.label === label);
  const click = (entry: Item | undefined) => {
    if (!entry?.click) throw new Error(`${entry?.label ?? 'item'} has no click`);
    entry.click(...([] as unknown[] as Parameters<NonNullable<Item['click']>>));
  };
  return { template, send, menu, item, click };
}

/** Every accelerator in the menu, with the item that owns it. */
function accelerators(template: Item[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (items: Item[]) => {
    for (const entry of items) {
      if (typeof entry.accelerator === 'string') {
        expect(found.has(entry.accelerator), `${entry.accelerator} is used twice`).toBe(false);
        found.set(entry.accelerator, entry.label ?? entry.role ?? '?');
      }
      visit(submenuOf(entry));
    }
  };
  visit(template);
  return found;
}

describe('buildMenuTemplate', () => {
  it.each([
    ['File', 'New Map', 'CmdOrCtrl+N', 'map:new'],
    ['File', 'Import…', 'CmdOrCtrl+O', 'file:import'],
    ['File', 'Export…', 'CmdOrCtrl+E', 'file:export'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'edit:undo'],
    ['Edit', 'Redo', 'CmdOrCtrl+Shift+Z', 'edit:redo'],
    ['View', 'Fit to Screen', 'CmdOrCtrl+0', 'view:fit'],
  ] as const)('%s › %s (%s) sends %s to the renderer', (menuLabel, label, accelerator, command) => {
    const { item, click, send } = build();
    const entry = item(menuLabel, label);
    expect(entry?.accelerator).toBe(accelerator);
    click(entry);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('offers every menu command the contract defines', () => {
    const { template, click, send } = build();
    const visit = (items: Item[]) => {
      for (const entry of items) {
        if (entry.click) click(entry);
        visit(submenuOf(entry));
      }
    };
    visit(template);
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('keeps CmdOrCtrl+0 for Fit and moves the page zoom reset, with no clashing shortcuts', () => {
    const { template, menu } = build();
    const view = submenuOf(menu('View'));
    expect(view.find((entry) => entry.role === 'resetZoom')?.accelerator).toBe('CmdOrCtrl+Shift+0');
    expect(view.map((entry) => entry.role)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(accelerators(template).get('CmdOrCtrl+0')).toBe('Fit to Screen');
  });

  it('has the standard edit roles, so text fields keep cut, copy, paste and select all', () => {
    const roles = submenuOf(build().menu('Edit')).map((entry) => entry.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('orders the menus File, Edit, View, Window, Help on Windows and Linux', () => {
    for (const platform of ['linux', 'win32']) {
      const { template } = build(platform);
      expect(template.map((entry) => entry.label?.replace('&', '') ?? entry.role)).toEqual([
        'File',
        'Edit',
        'View',
        'windowMenu',
        'help',
      ]);
      expect(submenuOf(template[0]).at(-1)?.role).toBe('quit');
    }
  });

  it('adds the macOS app menu and closes the window from File on macOS', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Stakemap');
    expect(submenuOf(template[0]).map((entry) => entry.role)).toEqual(
      expect.arrayContaining(['about', 'hide', 'quit']),
    );
    expect(submenuOf(template[1]).at(-1)?.role).toBe('close');
    expect(template.every((entry) => !entry.label?.includes('&'))).toBe(true);
  });

  it('offers reload and developer tools only in development builds', () => {
    const roles = (isPackaged: boolean) =>
      submenuOf(build('linux', isPackaged).menu('View')).map((entry) => entry.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('menuCommandSender', () => {
  it('sends the command on the menu channel to the current window', () => {
    const target = { send: vi.fn() };
    menuCommandSender(() => target)('view:fit');
    expect(target.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'view:fit');
  });

  it('does nothing when there is no window', () => {
    expect(() => menuCommandSender(() => null)('map:new')).not.toThrow();
  });
});
