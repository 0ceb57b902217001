// Loads a planning view's code the first time its tab is shown, so the map list and the network
// view start without the grid, calendar, messages and the rest (issue 7: initial JS ≤ 700 KB).
// Until the chunk arrives the tab says what it is loading, as it does while its records load.

import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import type { MapViewContext } from '../../../state/mapViews';
import { Loading } from './Loading';

type ViewComponent = ComponentType<{ context: MapViewContext }>;

export function lazyView(
  what: string,
  load: () => Promise<ViewComponent>,
): (context: MapViewContext) => ReactElement {
  const View = lazy(async () => ({ default: await load() }));
  return function renderView(context) {
    return (
      <Suspense fallback={<Loading what={what} />}>
        <View context={context} />
      </Suspense>
    );
  };
}
