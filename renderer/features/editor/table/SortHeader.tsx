// A column header that sorts its table, announcing the order through aria-sort.

import type { SortDirection } from './sorting';

interface SortHeaderProps {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort(): void;
}

export function SortHeader({ label, active, direction, onSort }: SortHeaderProps) {
  return (
    <th scope="col" aria-sort={active ? direction : 'none'}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true">{active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
