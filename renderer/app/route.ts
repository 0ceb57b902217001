// The app's two places, kept in the URL hash so a reload (or a crash and reload) returns the user
// to the map they were on.

import { useCallback, useEffect, useState } from 'react';

export type Route = { screen: 'maps' } | { screen: 'map'; mapId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/maps\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) return { screen: 'map', mapId: decodeURIComponent(match[1]) };
  return { screen: 'maps' };
}

export function routeToHash(route: Route): string {
  return route.screen === 'map' ? `#/maps/${encodeURIComponent(route.mapId)}` : '#/';
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeToHash(next);
  }, []);
  return [route, navigate];
}
