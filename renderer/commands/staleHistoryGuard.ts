// Installs the history guard: a window whose map was changed by another window or tab since its
// own last change refuses to undo or redo, instead of writing its older values over newer work.

import { changedElsewhere } from '../data/ownWrites';
import { setHistoryGuard, StaleHistoryError } from '../state/history';

export function installStaleHistoryGuard(): void {
  setHistoryGuard(async (mapId) => {
    if (await changedElsewhere(mapId)) {
      throw new StaleHistoryError(
        'This map was changed in another window or tab after your last change here, so undoing or redoing here would overwrite that newer work. Carry on from the map as it is now.',
      );
    }
  });
}
