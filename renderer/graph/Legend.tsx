// The key to the canvas: each node kind's shape and colour beside its name. Presentational.

import { NODE_KINDS } from '@shared/domain/vocabulary';
import type { CSSProperties } from 'react';
import { KindShapeIcon } from './KindShapeIcon';
import { KIND_STYLES } from './kindStyles';

const listStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1rem',
  margin: 0,
  padding: 0,
  listStyle: 'none',
};
const itemStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: '0.375rem' };

export function Legend() {
  return (
    <section aria-label="Legend">
      <ul style={listStyle}>
        {NODE_KINDS.map((kind) => {
          const { label, shape, colour } = KIND_STYLES[kind];
          return (
            <li key={kind} style={itemStyle}>
              <KindShapeIcon shape={shape} colour={colour} />
              <span>{label}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
