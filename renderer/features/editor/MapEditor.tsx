// The map editor: toolbar, canvas, inspector and legend for one map. It owns the selection and
// connect mode; every change goes to a repository and comes back through the live queries.

import { useMemo, useRef, useState } from 'react';
import { pluralise } from '../../components/relativeTime';
import type { Relationship, StakeMap, StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import {
  addNodeCommand,
  addRelationshipCommand,
  moveNodesCommand,
} from '../../commands/mapCommands';
import { useHost } from '../../platform/HostContext';
import { GraphCanvas, type GraphCanvasHandle, type LayoutName } from '../../graph/GraphCanvas';
import { Legend } from '../../graph/Legend';
import { useMenuCommand } from '../../state/menuCommands';
import { announce, reportError } from '../../state/notices';
import type { Selection } from '../../state/selection';
import { EditorToolbar } from './EditorToolbar';
import { Inspector } from './Inspector';
import { placeNewNode } from './placement';
import { SaveIndicator } from './SaveIndicator';
import { useUndoRedo } from './useUndoRedo';

interface MapEditorProps {
  map: StakeMap;
  nodes: StakeNode[];
  relationships: Relationship[];
  onBack(): void;
  onExport(): void;
  onImport(): void;
}

function failure(action: string) {
  return (error: unknown) =>
    reportError(`${action} failed: nothing was changed.`, [
      error instanceof Error ? error.message : String(error),
    ]);
}

export function MapEditor({
  map,
  nodes,
  relationships,
  onBack,
  onExport,
  onImport,
}: MapEditorProps) {
  const graph = useRef<GraphCanvasHandle>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [connecting, setConnecting] = useState(false);
  const [connectSourceId, setConnectSourceId] = useState<string | null>(null);
  const [connectKind, setConnectKind] = useState('collaborates');

  const nodesById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const host = useHost();
  useUndoRedo(map.id, host.kind === 'browser');
  useMenuCommand('file:export', onExport);
  useMenuCommand('view:fit', () => graph.current?.fit());

  const select = (next: Selection) => {
    if (connecting && next?.type === 'node') {
      if (connectSourceId === null) {
        setConnectSourceId(next.id);
        setSelection(next);
        return;
      }
      if (next.id !== connectSourceId) {
        const sourceId = connectSourceId;
        setConnectSourceId(null);
        setConnecting(false);
        addRelationshipCommand(map.id, sourceId, next.id, connectKind)
          .then((relationship) => {
            setSelection({ type: 'relationship', id: relationship.id });
            announce(
              `Connected ${nodesById.get(sourceId)?.label ?? 'node'} to ${nodesById.get(next.id)?.label ?? 'node'}.`,
            );
          })
          .catch(failure('Connecting'));
        return;
      }
    }
    setSelection(next);
  };

  const addNewNode = (kind: NodeKind, label: string) => {
    const near = selection?.type === 'node' ? nodesById.get(selection.id) : undefined;
    addNodeCommand(map.id, kind, label, placeNewNode(nodes, near))
      .then((node) => {
        setSelection({ type: 'node', id: node.id });
        // The canvas draws the node on the next live-query update; centre it once it is there.
        requestAnimationFrame(() => graph.current?.centerOn(node.id));
        announce(`Added ${node.label || 'a node'}.`);
      })
      .catch(failure('Adding the node'));
  };

  const goToNode = (nodeId: string) => {
    setSelection({ type: 'node', id: nodeId });
    graph.current?.centerOn(nodeId);
  };

  const runLayout = (name: LayoutName) => {
    const canvas = graph.current;
    if (!canvas) return;
    canvas
      .runLayout(name)
      .then((moves) => moveNodesCommand(map.id, moves, 'layout'))
      .then(() => announce('Layout applied.'))
      .catch(failure('The layout'));
  };

  const toggleConnect = () => {
    const next = !connecting;
    setConnecting(next);
    setConnectSourceId(next && selection?.type === 'node' ? selection.id : null);
    announce(
      next
        ? 'Connect mode: pick the node to connect from, then the node to connect to. Press Escape to stop.'
        : 'Connect mode off.',
    );
  };

  return (
    <div
      className="editor"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && connecting) {
          setConnecting(false);
          setConnectSourceId(null);
          announce('Connect mode off.');
        }
      }}
    >
      <header className="editor-header">
        <button type="button" onClick={onBack}>
          ← Back to maps
        </button>
        <h1 className="editor-title">{map.name}</h1>
        <span className="muted">
          {pluralise(nodes.length, 'node')} · {pluralise(relationships.length, 'relationship')}
        </span>
        <SaveIndicator />
      </header>
      <EditorToolbar
        mapId={map.id}
        nodes={nodes}
        connecting={connecting}
        connectKind={connectKind}
        onAddNode={addNewNode}
        onToggleConnect={toggleConnect}
        onConnectKindChange={setConnectKind}
        onGoToNode={goToNode}
        onZoomIn={() => graph.current?.zoomIn()}
        onZoomOut={() => graph.current?.zoomOut()}
        onFit={() => graph.current?.fit()}
        onRunLayout={runLayout}
        onExport={onExport}
        onImport={onImport}
      />
      <div className="editor-body">
        <div className="canvas-area">
          {nodes.length === 0 && (
            <div className="canvas-empty" aria-hidden="true">
              <p className="empty-title">This map is empty</p>
              <p>Type a label in the toolbar and press Add node to place your first stakeholder.</p>
            </div>
          )}
          <GraphCanvas
            ref={graph}
            nodes={nodes}
            relationships={relationships}
            selection={selection}
            connectSourceId={connecting ? connectSourceId : null}
            onSelect={select}
            onNodesMoved={(moves) => moveNodesCommand(map.id, moves).catch(failure('Moving'))}
            ariaLabel="Network map"
          />
        </div>
        <aside className="side-panel">
          <Inspector
            mapId={map.id}
            selection={selection}
            nodes={nodes}
            nodesById={nodesById}
            relationships={relationships}
            onSelect={(next) => {
              setSelection(next);
              if (next?.type === 'node') graph.current?.centerOn(next.id);
            }}
          />
          <Legend />
        </aside>
      </div>
    </div>
  );
}
