// The canvas stylesheet, built once. Everything keys on classes, state selectors or data mappers:
// no per-element style functions, which Cytoscape would have to call for every element on every
// redraw of a large map.

import type { StylesheetJson } from 'cytoscape';
import { KIND_STYLES, kindClass } from './kindStyles';
import { CONNECT_SOURCE_CLASS, FADED_CLASS, FILTERED_OUT_CLASS } from './stateClasses';
import { DIRECTED_CLASS, PARALLEL_CLASS, UNASSESSED_CLASS } from './toElements';
import { NODE_KINDS } from '@shared/domain/vocabulary';

const INK = '#1F2328';
const EDGE_GREY = '#7A7A7A';
const SELECTED = '#111111';
const CONNECT_HALO = '#FFB000';
export const GRAPH_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** What is left of an element the filter dims: enough to see the shape of the map. */
export const FADED_OPACITY = 0.15;

// Shape always follows kind; colour follows the "colour by" choice through data(colour).
const kindRules: StylesheetJson = NODE_KINDS.map((kind) => ({
  selector: `node.${kindClass(kind)}`,
  style: { shape: KIND_STYLES[kind].shape },
}));

/** Every edge's line. */
const EDGE_LINE = {
  width: 'mapData(strength, 1, 3, 1, 4)',
  'line-color': EDGE_GREY,
} as const;

/** How an edge's label is set, wherever one is shown. */
const EDGE_TEXT = {
  label: 'data(label)',
  color: INK,
  'font-family': GRAPH_FONT,
  'font-size': 10,
  // Edge labels need a closer zoom than node labels before they appear.
  'min-zoomed-font-size': 9,
  'text-rotation': 'autorotate',
  'text-background-color': '#FFFFFF',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
} as const;

/** How nodes look, before any state (selection, connect, filter) is shown. */
const NODE_RULES: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(colour)',
      'border-width': 2,
      'border-color': '#FFFFFF',
      label: 'data(label)',
      color: INK,
      'font-family': GRAPH_FONT,
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
    // Dashed means "not yet assessed" in every colouring; the legend says so. Nothing else on
    // the canvas uses a dashed outline.
    selector: `node.${UNASSESSED_CLASS}`,
    style: { 'border-style': 'dashed', 'border-color': INK, 'border-width': 2 },
  },
];

export const GRAPH_STYLE: StylesheetJson = [
  ...NODE_RULES,
  {
    selector: 'edge',
    style: { ...EDGE_LINE, ...EDGE_TEXT, 'curve-style': 'straight', 'target-arrow-shape': 'none' },
  },
  // A lone edge between two nodes is drawn straight either way; only edges sharing their nodes
  // curve apart. Cytoscape pairs up every bezier edge with its parallels on each styling and
  // redraw, which was about a tenth of opening a 300-node map; straight edges skip that.
  { selector: `edge.${PARALLEL_CLASS}`, style: { 'curve-style': 'bezier' } },
  {
    selector: `edge.${DIRECTED_CLASS}`,
    style: {
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_GREY,
      'arrow-scale': 1.1,
    },
  },
  ...selectionAndStateRules(),
];

/**
 * A large map's stylesheet (see levelOfDetail.ts): nodes as on any map, but edges are straight
 * "haystack" lines, which skip the work of fitting a curve and clipping it at both nodes, and a
 * directed edge shows its arrow halfway along, the one place a haystack edge can draw it. Only a
 * selected edge has a label: sizing and placing 20,000 labels that show only at close zoom took
 * over a second of every open, and styling each edge with the label's ten properties more.
 */
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  ...NODE_RULES,
  { selector: 'edge', style: { ...EDGE_LINE, 'curve-style': 'haystack', 'haystack-radius': 0 } },
  { selector: 'edge:selected', style: EDGE_TEXT },
  {
    selector: `edge.${DIRECTED_CLASS}`,
    style: {
      'mid-target-arrow-shape': 'triangle',
      'mid-target-arrow-color': EDGE_GREY,
    },
  },
  ...selectionAndStateRules(),
];

/** Selection, connect and filter states: last in every stylesheet, so they win. */
function selectionAndStateRules(): StylesheetJson {
  return [
    {
      selector: `node.${CONNECT_SOURCE_CLASS}`,
      style: {
        'underlay-color': CONNECT_HALO,
        'underlay-opacity': 0.55,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'border-style': 'solid',
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
        'mid-target-arrow-color': SELECTED,
        'font-weight': 'bold',
      },
    },
    // Last, so they win over everything above, selection included.
    {
      selector: `.${FADED_CLASS}`,
      style: { opacity: FADED_OPACITY, label: '' },
    },
    {
      // Cytoscape does not draw an edge whose end is display: none, so hiding nodes hides their
      // edges too; the class on edges as well keeps "what is hidden" answerable per element.
      selector: `.${FILTERED_OUT_CLASS}`,
      style: { display: 'none' },
    },
  ];
}
