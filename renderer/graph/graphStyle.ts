// The canvas stylesheet, built once. Everything keys on classes, state selectors or data mappers:
// no per-element style functions, which Cytoscape would have to call for every element on every
// redraw of a large map.

import type { StylesheetJson } from 'cytoscape';
import { KIND_STYLES, kindClass } from './kindStyles';
import { CONNECT_SOURCE_CLASS } from './stateClasses';
import { DIRECTED_CLASS } from './toElements';
import { NODE_KINDS } from '@shared/domain/vocabulary';

const INK = '#1F2328';
const EDGE_GREY = '#7A7A7A';
const SELECTED = '#111111';
const CONNECT_HALO = '#FFB000';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const kindRules: StylesheetJson = NODE_KINDS.map((kind) => ({
  selector: `node.${kindClass(kind)}`,
  style: { shape: KIND_STYLES[kind].shape, 'background-color': KIND_STYLES[kind].colour },
}));

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 34,
      height: 34,
      'background-color': EDGE_GREY,
      'border-width': 2,
      'border-color': '#FFFFFF',
      label: 'data(label)',
      color: INK,
      'font-family': FONT,
      'font-size': 12,
      // Labels are skipped below ~7px on screen: unreadable at overview zoom and costly to draw.
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 8,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  ...kindRules,
  {
    selector: 'edge',
    style: {
      width: 'mapData(strength, 1, 3, 1, 4)',
      'line-color': EDGE_GREY,
      'curve-style': 'bezier',
      'target-arrow-shape': 'none',
      label: 'data(label)',
      color: INK,
      'font-family': FONT,
      'font-size': 10,
      // Edge labels need a closer zoom than node labels before they appear.
      'min-zoomed-font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  {
    selector: `edge.${DIRECTED_CLASS}`,
    style: {
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_GREY,
      'arrow-scale': 1.1,
    },
  },
  {
    selector: `node.${CONNECT_SOURCE_CLASS}`,
    style: {
      'underlay-color': CONNECT_HALO,
      'underlay-opacity': 0.55,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'border-style': 'dashed',
      'border-color': SELECTED,
      'border-width': 3,
    },
  },
  {
    selector: 'node:selected',
    style: {
      'outline-width': 3,
      'outline-color': SELECTED,
      'outline-offset': 2,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 5,
      'line-color': SELECTED,
      'target-arrow-color': SELECTED,
      'font-weight': 'bold',
    },
  },
];
