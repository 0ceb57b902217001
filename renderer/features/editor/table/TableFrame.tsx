// The frame both tables share: a heading with a filter box and a count, sortable column headers,
// the rows, and a message when there are none.

import type { ReactNode } from 'react';
import { SortHeader } from './SortHeader';
import type { SortDirection } from './sorting';

interface TableFrameProps<K extends string> {
  id: string;
  title: string;
  filterLabel: string;
  query: string;
  onQueryChange(query: string): void;
  shown: number;
  total: number;
  columns: ReadonlyArray<{ key: K; label: string }>;
  sort: { key: K; direction: SortDirection; toggle(key: K): void };
  emptyMessage: string;
  /** Controls for the rows as a whole, shown beside the count. */
  actions?: ReactNode;
  children: ReactNode;
}

export function TableFrame<K extends string>(props: TableFrameProps<K>) {
  const { id, title, filterLabel, query, onQueryChange, shown, total, columns, sort } = props;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="table-section">
      <div className="table-heading">
        <h2 id={headingId}>{title}</h2>
        <label className="field field-row">
          <span>{filterLabel}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => onQueryChange(event.target.value)}
          />
        </label>
        <span className="muted" aria-live="polite">
          {shown} of {total} shown
        </span>
        {props.actions}
      </div>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <SortHeader
                  key={column.key}
                  label={column.label}
                  active={sort.key === column.key}
                  direction={sort.direction}
                  onSort={() => sort.toggle(column.key)}
                />
              ))}
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
        {shown === 0 && <p className="muted table-empty">{props.emptyMessage}</p>}
      </div>
    </section>
  );
}
