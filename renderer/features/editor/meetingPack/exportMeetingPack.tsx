// Export meeting pack (PDF): read the map, work out what the pack says about what is shown, draw
// the picture, lay the pack out for print and hand it to the host (a PDF on the desktop, the
// browser's print dialog on the web).

import { localDay } from '@shared/domain/planning/days';
import { stakemapFileName } from '@shared/format';
import { loadBundle } from '../../../data/mapRepository';
import type { GraphCanvasHandle } from '../../../graph/GraphCanvas';
import type { Host, PrintOutcome } from '../../../platform/host';
import { MeetingPackDocument, type MeetingPackPicture } from './MeetingPackDocument';
import { meetingPackContent, type MeetingPackContent } from './meetingPackContent';
import { showForPrint } from './printArea';

export interface MeetingPackExport {
  mapId: string;
  /** The nodes the editor shows now; null when it shows them all. */
  visibleIds: ReadonlySet<string> | null;
  redacted: boolean;
  /** The network canvas when it is the view on screen; null on any other view. */
  graph: GraphCanvasHandle | null;
  host: Host;
}

/** `<map name> meeting pack.pdf`, safe on every system, marked when redacted. */
export function meetingPackFileName(mapName: string, redacted: boolean): string {
  const base = stakemapFileName(redacted ? `${mapName} (redacted)` : mapName);
  return base.replace(/\.stakemap\.json$/, ' meeting pack.pdf');
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The picture of the map could not be read back.'));
    reader.readAsDataURL(blob);
  });
}

async function pictureOf(
  graph: GraphCanvasHandle,
  content: MeetingPackContent,
): Promise<MeetingPackPicture> {
  // 2× the map's size: sharp on paper without making the PDF heavy.
  const png = await graph.exportPng({ scale: 2, background: 'white', full: true });
  return {
    src: await dataUrl(png),
    alt: `The map ${content.mapName} as shown in the editor: ${content.shownNodes} of ${content.totalNodes} nodes.`,
  };
}

export async function exportMeetingPack(request: MeetingPackExport): Promise<PrintOutcome> {
  const bundle = await loadBundle(request.mapId);
  if (!bundle) throw new Error('The map is no longer in this app: it may have been deleted.');
  const content = meetingPackContent(bundle, {
    visibleIds: request.visibleIds,
    today: localDay(new Date()),
    redacted: request.redacted,
  });
  const picture = request.graph ? await pictureOf(request.graph, content) : null;
  const fileName = meetingPackFileName(content.mapName, request.redacted);
  const area = showForPrint(<MeetingPackDocument content={content} picture={picture} />);
  const title = document.title;
  try {
    await area.ready;
    // The browser suggests the page's title as the PDF's name.
    document.title = fileName.replace(/\.pdf$/, '');
    const outcome = await request.host.printPage(fileName);
    // The browser's dialog may still be reading the page: the area goes on its own afterprint.
    if (outcome.status !== 'print-dialog') area.remove();
    return outcome;
  } catch (error) {
    area.remove();
    throw error;
  } finally {
    document.title = title;
  }
}
