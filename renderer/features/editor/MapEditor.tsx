// The map editor: header, toolbar, the network and table views, inspector, filters and legend for
// one map. It owns the selection, connect mode, view, filter and focus; every change goes through
// a command and comes back through the live queries.

import * as Tabs from '@radix-ui/react-tabs';
import { useMemo, useRef, useState } from 'react';
import { EMPTY_FILTER, type NodeFilter } from '@shared/domain/filters';
import type { Relationship, StakeMap, StakeNode } from '@shared/domain/types';
import type { NodeKind } from '@shared/domain/vocabulary';
import {
  addNodeCommand,
  addRelationshipCommand,
  deleteRelationshipCommand,
  moveNodesCommand,
} from '../../commands/mapCommands';
import {
  GraphCanvas,
  type ColourBy,
  type GraphCanvasHandle,
  type SizeBy,
} from '../../graph/GraphCanvas';
import { Legend } from '../../graph/Legend';
import { useHost } from '../../platform/HostContext';
import { useMenuCommand } from '../../state/menuCommands';
import { announce, reportFailure } from '../../state/notices';
import type { MapScope, MapViewContext, MapViewDefinition } from '../../state/mapViews';
import { addNodes, selectedNodeIds, toggleNode, type Selection } from '../../state/selection';
import { EditorHeader } from './EditorHeader';
import { EditorToolbar } from './EditorToolbar';
import { ExportDialog } from './ExportDialog';
import { FilterPanel, type FilterMode } from './FilterPanel';
import { Inspector } from './Inspector';
import { placeNewNode } from './placement';
import { NUDGE_STEP, NUDGE_STEP_LARGE, type ShortcutAction } from './shortcuts';
import { ShortcutSheet } from './ShortcutSheet';
import { TableView } from './table/TableView';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useLayoutRun } from './useLayoutRun';
import { useNodeDeletion } from './useNodeDeletion';
import { useUndoRedo } from './useUndoRedo';
import { visibleNodeIds, type FocusHops } from './visibility';

interface MapEditorProps {
  map: StakeMap;
  nodes: StakeNode[];
  relationships: Relationship[];
  onBack(): void;
  onExport(): void;
  onImport(): void;
  /** Further views of the map (grid, calendar…), supplied by the app shell. */
  views: readonly MapViewDefinition[];
}

function failure(action: string) {
  return reportFailure(`${action} failed: nothing was changed.`);
}

export function MapEditor({
  map,
  nodes,
  relationships,
  onBack,
  onExport,
  onImport,
  views,
}: MapEditorProps) {
  const host = useHost();
  const graph = useRef<GraphCanvasHandle>(null);
  const [view, setView] = useState('network');
  const [scope, setScope] = useState<MapScope | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [connecting, setConnecting] = useState(false);
  const [connectSourceId, setConnectSourceId] = useState<string | null>(null);
  const [connectKind, setConnectKind] = useState('collaborates');
  const [filter, setFilter] = useState<NodeFilter>(EMPTY_FILTER);
  const [filterMode, setFilterMode] = useState<FilterMode>('dim');
  const [focusHops, setFocusHops] = useState<FocusHops>(0);
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const [sizeBy, setSizeBy] = useState<SizeBy>('none');
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [exporting, setExporting] = useState(false);
  const labelInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const nodesById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const selectedNodeId = selection?.type === 'node' ? selection.id : null;
  const selectedIds = useMemo(() => selectedNodeIds(selection), [selection]);
  const filteredIds = useMemo(
    () => visibleNodeIds(nodes, relationships, filter, { hops: focusHops, nodeIds: selectedIds }),
    [nodes, relationships, filter, focusHops, selectedIds],
  );
  const visibleIds = useMemo(() => {
    if (!scope) return filteredIds;
    return new Set([...scope.nodeIds].filter((id) => !filteredIds || filteredIds.has(id)));
  }, [scope, filteredIds]);

  useUndoRedo(map.id, host.kind === 'browser');
  useMenuCommand('file:export', () => setExporting(true));
  useMenuCommand('view:fit', () => graph.current?.fit());

  /** Selects a node and brings it into view wherever the user is looking. */
  const reveal = (next: Selection) => {
    setSelection(next);
    if (next?.type === 'node' && view === 'network') graph.current?.centerOn(next.id);
  };

  const selectOnCanvas = (next: Selection) => {
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

  // Shift, Ctrl or Cmd on the canvas picks several nodes; in connect mode a node is an end to
  // connect, whatever keys are held.
  const toggleOnCanvas = (id: string) => {
    if (connecting) selectOnCanvas({ type: 'node', id });
    else setSelection((current) => toggleNode(current, id));
  };

  const boxOnCanvas = (ids: string[]) => {
    if (!connecting) setSelection((current) => addNodes(current, ids));
  };

  const addNewNode = (kind: NodeKind, label: string) => {
    const near = selectedNodeId ? nodesById.get(selectedNodeId) : undefined;
    addNodeCommand(map.id, kind, label, placeNewNode(nodes, near))
      .then((node) => {
        setSelection({ type: 'node', id: node.id });
        // The canvas draws the node on the next live-query update; centre it once it is there.
        requestAnimationFrame(() => graph.current?.centerOn(node.id));
        announce(`Added ${node.label || 'a node'}.`);
      })
      .catch(failure('Adding the node'));
  };

  const layoutRun = useLayoutRun(map.id, graph);

  const stopConnecting = () => {
    setConnecting(false);
    setConnectSourceId(null);
  };

  const toggleConnect = () => {
    if (connecting) {
      stopConnecting();
      announce('Connect mode off.');
      return;
    }
    setConnecting(true);
    setConnectSourceId(selectedNodeId);
    announce(
      'Connect mode: pick the node to connect from, then the node to connect to. Press Escape to stop.',
    );
  };

  const deletion = useNodeDeletion({
    mapId: map.id,
    nodesById,
    relationships,
    onDeleted: () => setSelection(null),
  });

  const deleteSelection = () => {
    if (selection?.type === 'nodes') {
      void deletion.request(selection.ids);
    } else if (selection?.type === 'node') {
      void deletion.request([selection.id]);
    } else if (selection?.type === 'relationship') {
      deleteRelationshipCommand(map.id, selection.id)
        .then(() => {
          setSelection(null);
          announce('Deleted the relationship. Undo brings it back.');
        })
        .catch(failure('Deleting'));
    }
  };

  const nudge = (dx: number, dy: number, large: boolean) => {
    const moving = selectedIds.flatMap((id) => nodesById.get(id) ?? []);
    if (moving.length === 0) return false;
    const step = large ? NUDGE_STEP_LARGE : NUDGE_STEP;
    const moves = moving.map((node) => ({
      id: node.id,
      position: { x: node.position.x + dx * step, y: node.position.y + dy * step },
    }));
    moveNodesCommand(map.id, moves, 'nudge').catch(failure('Moving'));
    return true;
  };

  const onShortcut = (action: ShortcutAction, event: KeyboardEvent): boolean => {
    switch (action) {
      case 'add-node':
        labelInput.current?.focus();
        return true;
      case 'connect':
        toggleConnect();
        return true;
      case 'delete':
        if (!selection) return false;
        deleteSelection();
        return true;
      case 'search':
        searchInput.current?.focus();
        return true;
      case 'network-view':
        setView('network');
        return true;
      case 'table-view':
        setView('table');
        return true;
      case 'other-view': {
        const extra = views[Number(event.key) - 3];
        if (!extra) return false;
        setView(extra.id);
        return true;
      }
      case 'fit':
        graph.current?.fit();
        return true;
      case 'nudge-left':
        return nudge(-1, 0, event.shiftKey);
      case 'nudge-right':
        return nudge(1, 0, event.shiftKey);
      case 'nudge-up':
        return nudge(0, -1, event.shiftKey);
      case 'nudge-down':
        return nudge(0, 1, event.shiftKey);
      case 'help':
        setShowShortcuts(true);
        return true;
      case 'clear-selection':
        if (connecting) {
          stopConnecting();
          announce('Connect mode off.');
          return true;
        }
        if (!selection) return false;
        setSelection(null);
        return true;
      case 'undo':
      case 'redo':
        return false;
    }
  };
  useEditorShortcuts(onShortcut);

  const viewContext: MapViewContext = {
    map,
    nodes,
    relationships,
    nodesById,
    visibleIds,
    colourBy,
    selection,
    select: setSelection,
    showInNetwork: (next) => {
      setScope(next);
      if (next) {
        setView('network');
        announce(`Showing ${next.nodeIds.size} nodes: ${next.label}.`);
      }
    },
  };

  return (
    <main
      className="editor"
      onKeyDown={(event) => {
        // In a text field too (the shortcut above ignores those); marked handled so the
        // shortcut does not also clear the selection.
        if (event.key === 'Escape' && connecting) {
          event.preventDefault();
          stopConnecting();
          announce('Connect mode off.');
        }
      }}
    >
      <EditorHeader
        map={map}
        nodeCount={nodes.length}
        relationshipCount={relationships.length}
        onBack={onBack}
      />
      <EditorToolbar
        mapId={map.id}
        labelInputRef={labelInput}
        searchInputRef={searchInput}
        onShowShortcuts={() => setShowShortcuts(true)}
        nodes={nodes}
        connecting={connecting}
        connectKind={connectKind}
        onAddNode={addNewNode}
        onToggleConnect={toggleConnect}
        onConnectKindChange={setConnectKind}
        onGoToNode={(nodeId) => reveal({ type: 'node', id: nodeId })}
        onZoomIn={() => graph.current?.zoomIn()}
        onZoomOut={() => graph.current?.zoomOut()}
        onFit={() => graph.current?.fit()}
        layout={layoutRun}
        colourBy={colourBy}
        sizeBy={sizeBy}
        onColourByChange={setColourBy}
        onSizeByChange={setSizeBy}
        onExport={onExport}
        onExportAs={() => setExporting(true)}
        onImport={onImport}
      />
      <div className="editor-body">
        <Tabs.Root className="views" value={view} onValueChange={setView}>
          <Tabs.List className="view-tabs" aria-label="Views">
            <Tabs.Trigger value="network">Network</Tabs.Trigger>
            <Tabs.Trigger value="table">Table</Tabs.Trigger>
            {views.map((extra) => (
              <Tabs.Trigger key={extra.id} value={extra.id}>
                {extra.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {scope && (
            <div className="scope-banner" role="status">
              <span>
                Showing only {scope.label} ({scope.nodeIds.size} nodes).
              </span>
              <button type="button" onClick={() => setScope(null)}>
                Show everything
              </button>
            </div>
          )}
          {/* The network view stays mounted so the canvas keeps its zoom and pan. */}
          <Tabs.Content
            value="network"
            forceMount
            hidden={view !== 'network'}
            className="canvas-area"
          >
            {nodes.length === 0 && (
              <div className="canvas-empty" aria-hidden="true">
                <p className="empty-title">This map is empty</p>
                <p>
                  Type a label in the toolbar and press Add node to place your first stakeholder.
                </p>
              </div>
            )}
            <GraphCanvas
              ref={graph}
              nodes={nodes}
              relationships={relationships}
              selection={selection}
              connectSourceId={connecting ? connectSourceId : null}
              visibleIds={visibleIds}
              hideMode={filterMode}
              colourBy={colourBy}
              sizeBy={sizeBy}
              onSelect={selectOnCanvas}
              onToggleNode={toggleOnCanvas}
              onBoxSelect={boxOnCanvas}
              onNodesMoved={(moves) => moveNodesCommand(map.id, moves).catch(failure('Moving'))}
              ariaLabel="Network map"
            />
          </Tabs.Content>
          <Tabs.Content value="table" className="table-area">
            <TableView
              mapId={map.id}
              nodes={nodes}
              nodesById={nodesById}
              relationships={relationships}
              visibleIds={visibleIds}
              selection={selection}
              onSelect={setSelection}
              onDeleteNodes={deletion.request}
            />
          </Tabs.Content>
          {views.map((extra) => (
            <Tabs.Content key={extra.id} value={extra.id} className="view-area">
              {view === extra.id && extra.render(viewContext)}
            </Tabs.Content>
          ))}
        </Tabs.Root>
        <aside className="side-panel" aria-label="Details">
          <Inspector
            mapId={map.id}
            selection={selection}
            nodes={nodes}
            nodesById={nodesById}
            relationships={relationships}
            onSelect={reveal}
            onDeleteNodes={deletion.request}
          />
          <FilterPanel
            nodes={nodes}
            filter={filter}
            mode={filterMode}
            focusHops={focusHops}
            onFilterChange={setFilter}
            onModeChange={setFilterMode}
            onFocusChange={setFocusHops}
          />
          <Legend nodes={nodes} colourBy={colourBy} sizeBy={sizeBy} />
        </aside>
      </div>
      <ShortcutSheet open={showShortcuts} onOpenChange={setShowShortcuts} />
      {deletion.dialog}
      {exporting && (
        <ExportDialog
          mapId={map.id}
          mapName={map.name}
          graph={view === 'network' ? graph.current : null}
          visibleIds={visibleIds}
          onClose={() => setExporting(false)}
        />
      )}
    </main>
  );
}
