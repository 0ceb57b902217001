// The key to the canvas. It follows the style choice the canvas is given: the colours of what is
// on the map for the current "colour by", the kinds' shapes, what a dashed outline means and what
// size means. Presentational: the colours come from the same pure scheme toElements uses.

import { NODE_KINDS } from '@shared/domain/vocabulary';
import type { StakeNode } from '@shared/domain/types';
import type { CSSProperties } from 'react';
import {
  COLOUR_BY_OPTIONS,
  colourScheme,
  isUnassessed,
  NOT_KNOWN_COLOUR,
  type ColourBy,
  type SizeBy,
} from './attributeStyles';
import { KindShapeIcon } from './KindShapeIcon';
import { KIND_STYLES } from './kindStyles';

const sectionStyle: CSSProperties = {
  display: 'grid',
  gap: '0.5rem',
  padding: '0.75rem 1rem',
};
const headingStyle: CSSProperties = { margin: 0, fontSize: '0.8125rem', fontWeight: 600 };
const listStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1rem',
  margin: 0,
  padding: 0,
  listStyle: 'none',
};
const itemStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: '0.375rem' };

interface LegendProps {
  /** The nodes on the map: the key lists only what they use. */
  nodes: readonly StakeNode[];
  colourBy: ColourBy;
  sizeBy: SizeBy;
}

export function Legend({ nodes, colourBy, sizeBy }: LegendProps) {
  const { keys } = colourScheme(nodes, colourBy);
  const colourName = COLOUR_BY_OPTIONS.find((option) => option.value === colourBy)?.label ?? '';
  const kindsPresent = NODE_KINDS.filter((kind) => nodes.some((node) => node.kind === kind));
  const anyUnassessed = nodes.some(isUnassessed);

  return (
    <section aria-label="Legend" style={sectionStyle}>
      <h2 id="legend-colours" style={headingStyle}>
        Colour: {colourName.toLowerCase()}
      </h2>
      <ul aria-labelledby="legend-colours" style={listStyle}>
        {keys.map((key) => (
          <li key={key.key} style={itemStyle}>
            <KindShapeIcon shape={key.shape ?? 'ellipse'} colour={key.colour} />
            <span>{key.label}</span>
          </li>
        ))}
      </ul>
      {/* With colour taken by another attribute, shape is what still tells the kinds apart. */}
      {colourBy !== 'kind' && kindsPresent.length > 0 && (
        <>
          <h2 id="legend-shapes" style={headingStyle}>
            Shape: kind
          </h2>
          <ul aria-labelledby="legend-shapes" style={listStyle}>
            {kindsPresent.map((kind) => (
              <li key={kind} style={itemStyle}>
                <KindShapeIcon shape={KIND_STYLES[kind].shape} colour={NOT_KNOWN_COLOUR} />
                <span>{KIND_STYLES[kind].label}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {anyUnassessed && (
        <p style={{ ...itemStyle, margin: 0 }}>
          <KindShapeIcon shape="ellipse" colour="#FFFFFF" size={18} dashed />
          <span>Dashed outline: not yet assessed (no influence or interest score)</span>
        </p>
      )}
      {sizeBy === 'influence' && (
        <p style={{ ...itemStyle, margin: 0 }}>
          <KindShapeIcon shape="ellipse" colour={NOT_KNOWN_COLOUR} size={10} />
          <KindShapeIcon shape="ellipse" colour={NOT_KNOWN_COLOUR} size={20} />
          <span>Size: influence, 0 to 10 (middle size: not scored)</span>
        </p>
      )}
    </section>
  );
}
