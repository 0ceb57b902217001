// The shape every reader turns its format into before the shared mapping step: nodes and edges
// with their fields named as the file named them, each remembering where in the file it was, so
// that every note and problem can point there. Readers know formats; the mapper knows Stakemap.

import type { Position } from '../../domain/types';
import type { FormatProblem } from '../fileTypes';

export type ForeignValue = string | number | boolean | null | readonly string[];

export interface ForeignField {
  /** The field's name in the file: a column header, an attribute title, a JSON key. */
  name: string;
  /** The name to show in the summary when it differs from `name` (a column the user mapped). */
  title?: string;
  value: ForeignValue;
  /** Where the value is: `nodes.csv line 4, column "Type"`, `elements[2].type`. */
  where: string;
}

export interface ForeignNode {
  where: string;
  /** The id the file gives, or null when it gives none (the label then identifies the node). */
  id: string | null;
  idWhere: string;
  /** A label the format holds outside its fields (GEXF `label`, a yEd node label). */
  label: string | null;
  fields: ForeignField[];
  position: Position | null;
}

export interface ForeignEdge {
  where: string;
  id: string | null;
  source: string;
  sourceWhere: string;
  target: string;
  targetWhere: string;
  /** Directedness the format holds outside the fields (GEXF `type`, GraphML `directed`). */
  directed: boolean | null;
  fields: ForeignField[];
}

/** How a reader's file names things, for the mapper's sentences and its choices. */
export interface ForeignSource {
  /** "Column", "Attribute", "Key" or "Field": how the summary names a field of this file. */
  fieldNoun: string;
  /** Kumu-style files create nodes named only by a relationship; strict formats refuse them. */
  createMissingEnds: boolean;
  /** Kumu without an ID column: labels identify nodes, so they must be unique. */
  labelsAreIds: boolean;
  /** Every value is text (CSV, XML), so "7" read as a number is not worth a note. */
  textValues: boolean;
  /**
   * Weights are Stakemap strengths as written (a Stakemap export, a Strength column). Otherwise a
   * file whose weights are all the same (Gephi writes 1.0 everywhere) says nothing about strength.
   */
  trustWeights: boolean;
}

export interface ForeignGraph {
  source: ForeignSource;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  mapName: string | null;
  mapDescription: string;
  /** What the reader itself noticed, already in the summary's words. */
  mapped: string[];
  notUnderstood: string[];
  problems: FormatProblem[];
}

export function emptyGraph(source: ForeignSource): ForeignGraph {
  return {
    source,
    nodes: [],
    edges: [],
    mapName: null,
    mapDescription: '',
    mapped: [],
    notUnderstood: [],
    problems: [],
  };
}
