// The current × target engagement matrix: how many stakeholders sit in each pair, with the cells
// below target shaded by how far they have to go. A count is a button that shows those
// stakeholders in the network view.

import { ENGAGEMENT_LABELS } from '@shared/domain/labels';
import type { GapCell } from '@shared/domain/planning/engagementGap';
import { ENGAGEMENT_LEVELS } from '@shared/domain/vocabulary';

interface GapMatrixProps {
  matrix: GapCell[][];
  onShow(cell: GapCell): void;
}

function cellClass(gap: number): string {
  if (gap > 0) return `gap-cell gap-up gap-${Math.min(gap, 4)}`;
  if (gap < 0) return 'gap-cell gap-above';
  return 'gap-cell gap-on-target';
}

function describeCell(cell: GapCell): string {
  const now = ENGAGEMENT_LABELS[cell.current].toLowerCase();
  const target = ENGAGEMENT_LABELS[cell.target].toLowerCase();
  const where =
    cell.gap > 0
      ? `${cell.gap} ${cell.gap === 1 ? 'step' : 'steps'} below target`
      : cell.gap < 0
        ? 'above target'
        : 'on target';
  return `${cell.nodes.length} ${now} now, target ${target} (${where})`;
}

export function GapMatrix({ matrix, onShow }: GapMatrixProps) {
  return (
    <table className="gap-matrix">
      <caption>
        Current engagement (rows) against target (columns). Shaded cells are below target, darker
        the further they have to go.
      </caption>
      <thead>
        <tr>
          <th scope="col">Now ↓ / Target →</th>
          {ENGAGEMENT_LEVELS.map((level) => (
            <th key={level} scope="col">
              {ENGAGEMENT_LABELS[level]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, index) => (
          <tr key={ENGAGEMENT_LEVELS[index]}>
            <th scope="row">{row[0] ? ENGAGEMENT_LABELS[row[0].current] : ''}</th>
            {row.map((cell) => (
              <td key={cell.target} className={cellClass(cell.gap)}>
                {cell.nodes.length > 0 ? (
                  <button
                    type="button"
                    className="gap-count"
                    aria-label={`${describeCell(cell)}: show in the network`}
                    onClick={() => onShow(cell)}
                  >
                    {cell.nodes.length}
                  </button>
                ) : (
                  <span className="gap-empty" aria-label={describeCell(cell)}>
                    ·
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
