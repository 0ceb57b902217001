// Chooses the host once at start-up: the desktop bridge when the preload put it there, otherwise
// the browser host.

import { DESKTOP_API_KEY, type DesktopApi } from '@shared/ipc/contract';
import { browserHost } from './browserHost';
import { createDesktopHost } from './desktopHost';
import type { Host } from './host';

function desktopApi(): DesktopApi | undefined {
  const candidate: unknown = Reflect.get(window, DESKTOP_API_KEY);
  return typeof candidate === 'object' && candidate !== null
    ? (candidate as DesktopApi)
    : undefined;
}

export function detectHost(): Host {
  const api = desktopApi();
  return api ? createDesktopHost(api) : browserHost;
}
