// The row of map tools: add a node, connect, go to a node, zoom and fit, layouts, files.

import { useId, useState, type RefObject } from 'react';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { relationshipKindLabel } from '@shared/domain/relationships';
import type { StakeNode } from '@shared/domain/types';
import { NODE_KINDS, RELATIONSHIP_KINDS, type NodeKind } from '@shared/domain/vocabulary';
import {
  COLOUR_BY_OPTIONS,
  SIZE_BY_OPTIONS,
  type ColourBy,
  type SizeBy,
} from '../../graph/GraphCanvas';
import { useHistory } from '../../state/history';
import { optionElement } from '../../components/fields/optionElements';
import { LayoutControl } from './LayoutControl';
import { nodeChoice } from './nodeChoices';
import { SearchBox } from './SearchBox';
import { sortByLabel } from './sortByLabel';
import type { LayoutRun } from './useLayoutRun';
import { runRedo, runUndo } from './useUndoRedo';

interface EditorToolbarProps {
  mapId: string;
  labelInputRef: RefObject<HTMLInputElement | null>;
  searchInputRef: RefObject<HTMLInputElement | null>;
  onShowShortcuts(): void;
  nodes: readonly StakeNode[];
  connecting: boolean;
  connectKind: string;
  onAddNode(kind: NodeKind, label: string): void;
  onToggleConnect(): void;
  onConnectKindChange(kind: string): void;
  onGoToNode(nodeId: string): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  layout: LayoutRun;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  onColourByChange(colourBy: ColourBy): void;
  onSizeByChange(sizeBy: SizeBy): void;
  onExport(): void;
  onExportAs(): void;
  onImport(): void;
}

export function EditorToolbar(props: EditorToolbarProps) {
  const [kind, setKind] = useState<NodeKind>('person');
  const [label, setLabel] = useState('');
  const { undoLabel, redoLabel } = useHistory(props.mapId);
  const colourById = useId();
  const sizeById = useId();

  const add = () => {
    props.onAddNode(kind, label.trim() || `New ${NODE_KIND_LABELS[kind].toLowerCase()}`);
    setLabel('');
  };

  return (
    <div role="toolbar" aria-label="Map tools" className="toolbar">
      <div className="toolbar-group">
        <select
          aria-label="New node kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as NodeKind)}
        >
          {NODE_KINDS.map((option) => (
            <option key={option} value={option}>
              {NODE_KIND_LABELS[option]}
            </option>
          ))}
        </select>
        <input
          ref={props.labelInputRef}
          type="text"
          aria-label="New node label"
          placeholder="Label"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="primary" onClick={add}>
          Add node
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          onClick={() => runUndo(props.mapId)}
          disabled={undoLabel === null}
          title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => runRedo(props.mapId)}
          disabled={redoLabel === null}
          title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        >
          Redo
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" aria-pressed={props.connecting} onClick={props.onToggleConnect}>
          Connect
        </button>
        <select
          aria-label="Connect as"
          value={props.connectKind}
          onChange={(event) => props.onConnectKindChange(event.target.value)}
        >
          {RELATIONSHIP_KINDS.map((option) => (
            <option key={option} value={option}>
              {relationshipKindLabel(option)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-group">
        <SearchBox nodes={props.nodes} onPick={props.onGoToNode} inputRef={props.searchInputRef} />
        <select
          aria-label="Go to node"
          value=""
          onChange={(event) => {
            if (event.target.value) props.onGoToNode(event.target.value);
          }}
        >
          <option value="">Go to node…</option>
          {sortByLabel(props.nodes).map((node) => optionElement(nodeChoice(node)))}
        </select>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={props.onZoomIn} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={props.onZoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={props.onFit}>
          Fit to screen
        </button>
      </div>
      <LayoutControl nodeCount={props.nodes.length} run={props.layout} />
      <div className="toolbar-group" role="group" aria-label="Style">
        {/* for/id, not a wrapping label, which would add the chosen option to the name. */}
        <label htmlFor={colourById}>Colour by</label>
        <select
          id={colourById}
          value={props.colourBy}
          onChange={(event) => props.onColourByChange(event.target.value as ColourBy)}
        >
          {COLOUR_BY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <label htmlFor={sizeById}>Size by</label>
        <select
          id={sizeById}
          value={props.sizeBy}
          onChange={(event) => props.onSizeByChange(event.target.value as SizeBy)}
        >
          {SIZE_BY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-group toolbar-end">
        <button type="button" onClick={props.onShowShortcuts} aria-label="Keyboard shortcuts">
          ?
        </button>
        <button type="button" onClick={props.onImport}>
          Import…
        </button>
        <button type="button" onClick={props.onExport}>
          Export JSON
        </button>
        <button type="button" onClick={props.onExportAs}>
          Export…
        </button>
      </div>
    </div>
  );
}
