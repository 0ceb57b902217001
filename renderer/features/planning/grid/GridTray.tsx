// Stakeholders not yet scored, waiting beside the grid. Drag one onto the grid to score it where
// it lands, or press its "Place" button to put it in the middle and then move it with the arrows.

import type { StakeNode } from '@shared/domain/types';
import type { DragHandlers } from './useGridDrag';

interface GridTrayProps {
  nodes: readonly StakeNode[];
  selectedId: string | null;
  draggingId: string | null;
  handlers: (id: string) => DragHandlers;
  onSelect(node: StakeNode): void;
  onPlace(node: StakeNode): void;
}

export function GridTray(props: GridTrayProps) {
  const { nodes } = props;
  return (
    <section className="grid-tray" aria-labelledby="grid-tray-heading">
      <h3 id="grid-tray-heading">Not yet assessed ({nodes.length})</h3>
      {nodes.length === 0 ? (
        <p className="muted">Every stakeholder shown has influence and interest scores.</p>
      ) : (
        <>
          <p className="muted">
            Drag one onto the grid below, or press Place and then use the arrow keys.
          </p>
          <ul aria-label="Not yet assessed">
            {nodes.map((node) => (
              <li
                key={node.id}
                className={`grid-tray-item${node.id === props.draggingId ? ' dragging' : ''}${node.id === props.selectedId ? ' selected' : ''}`}
              >
                <button
                  type="button"
                  className="grid-tray-name"
                  aria-label={`${node.label || '(no label)'}: drag onto the grid`}
                  onClick={() => props.onSelect(node)}
                  {...props.handlers(node.id)}
                >
                  {node.label || '(no label)'}
                </button>
                <button
                  type="button"
                  className="grid-tray-place"
                  aria-label={`Place ${node.label || 'node'} on the grid`}
                  onClick={() => props.onPlace(node)}
                >
                  Place
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
