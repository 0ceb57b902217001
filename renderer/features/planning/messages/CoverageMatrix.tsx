// Who has heard what: one row per audience member, one column per message. A tick is heard (at
// an event they attended or spoke at, or through a channel they use), a half circle is on its
// way, an open circle is in the audience but not yet reached, and a blank is not in the audience.

import type { CoverageCell, CoverageMatrix as Matrix } from '@shared/domain/planning/coverage';
import type { KeyMessage } from '@shared/domain/types';
import type { Selection } from '../../../state/selection';
import { NodeLink } from '../common/NodeLink';

interface CoverageMatrixProps {
  matrix: Matrix;
  messages: readonly KeyMessage[];
  onSelect(selection: Selection): void;
}

function describe(cell: CoverageCell): { symbol: string; words: string; className: string } {
  if (cell.reach === 'heard') {
    return cell.inAudience
      ? { symbol: '✓', words: 'heard', className: 'cov-heard' }
      : { symbol: '✓', words: 'heard, though not in the audience', className: 'cov-extra' };
  }
  if (!cell.inAudience) return { symbol: '', words: 'not in the audience', className: 'cov-out' };
  if (cell.reach === 'expected')
    return { symbol: '◐', words: 'expected', className: 'cov-expected' };
  return { symbol: '○', words: 'not yet reached', className: 'cov-gap' };
}

export function CoverageMatrix({ matrix, messages, onSelect }: CoverageMatrixProps) {
  if (matrix.rows.length === 0) {
    return <p className="muted">Give a message an audience to see who has heard it.</p>;
  }
  return (
    <div className="table-scroll coverage-scroll">
      <table className="coverage-matrix" aria-label="Coverage: who has heard which message">
        <thead>
          <tr>
            <th scope="col">Audience member</th>
            {messages.map((message) => (
              <th key={message.id} scope="col" className="cov-message">
                {message.title || '(untitled)'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.node.id}>
              <th scope="row">
                <NodeLink node={row.node} onSelect={onSelect} />
              </th>
              {row.cells.map((cell) => {
                const { symbol, words, className } = describe(cell);
                return (
                  <td key={cell.messageId} className={className}>
                    <span aria-hidden="true">{symbol}</span>
                    <span className="visually-hidden">{words}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Heard</th>
            {matrix.totals.map((total) => (
              <td key={total.messageId}>
                {total.heard} of {total.audienceSize}
                {total.expected > 0 && <span className="muted"> (+{total.expected} expected)</span>}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function CoverageKey() {
  return (
    <p className="coverage-key muted">
      <span className="cov-heard">✓</span> heard · <span className="cov-expected">◐</span> expected
      (confirmed, or still to come) · <span className="cov-gap">○</span> in the audience, not yet
      reached · <span className="cov-extra">✓</span> unshaded: heard, though not in the audience ·
      blank: not in the audience
    </p>
  );
}
