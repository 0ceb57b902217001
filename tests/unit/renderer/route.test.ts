import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from '../../../renderer/app/route';

describe('routes', () => {
  it('reads the map list and a map from the hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'maps' });
    expect(parseRoute('#/')).toEqual({ screen: 'maps' });
    expect(parseRoute('#/maps/abc-123')).toEqual({ screen: 'map', mapId: 'abc-123' });
  });

  it('round-trips ids that need escaping', () => {
    const route = { screen: 'map', mapId: 'a b/c' } as const;
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('treats anything else as the map list', () => {
    expect(parseRoute('#/maps/')).toEqual({ screen: 'maps' });
    expect(parseRoute('#/elsewhere')).toEqual({ screen: 'maps' });
  });
});
