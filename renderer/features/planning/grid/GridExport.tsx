// Saves the grid as a picture for a meeting: PNG for slides and documents, SVG for print.

import type { GridPlacement } from '@shared/domain/planning/quadrants';
import type { StakeNode } from '@shared/domain/types';
import { useHost } from '../../../platform/HostContext';
import { announce } from '../../../state/notices';
import { failure } from '../common/failure';
import { planningFileName } from '../common/fileNames';
import { GRID_PICTURE, gridToSvg } from './gridSvg';
import { svgToPng } from './svgToPng';

interface GridExportProps {
  mapName: string;
  placed: readonly GridPlacement[];
  colourOf(node: StakeNode): string;
}

export function GridExport({ mapName, placed, colourOf }: GridExportProps) {
  const host = useHost();
  const title = `${mapName}: power and interest`;

  const save = async (format: 'png' | 'svg') => {
    const svg = gridToSvg(placed, title, colourOf);
    const name = planningFileName(mapName, `grid.${format}`);
    const outcome =
      format === 'svg'
        ? await host.saveFile(name, svg, {
            description: 'SVG image',
            extensions: ['svg'],
            mimeType: 'image/svg+xml',
          })
        : await host.saveFile(name, await svgToPng(svg, GRID_PICTURE.width, GRID_PICTURE.height), {
            description: 'PNG image',
            extensions: ['png'],
            mimeType: 'image/png',
          });
    if (outcome.status === 'saved') announce(`Exported ${name}.`);
  };

  return (
    <div className="button-row grid-export" role="group" aria-label="Export the grid">
      <button type="button" onClick={() => void save('png').catch(failure('Exporting the grid'))}>
        Export grid as PNG
      </button>
      <button type="button" onClick={() => void save('svg').catch(failure('Exporting the grid'))}>
        Export grid as SVG
      </button>
    </div>
  );
}
