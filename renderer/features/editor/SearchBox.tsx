// Finds a node by label, tags, role or notes as the user types; Enter (or a click) selects the
// best match and centres it.

import { useMemo, useState } from 'react';
import { NODE_KIND_LABELS } from '@shared/domain/labels';
import { searchNodes } from '@shared/domain/search';
import type { StakeNode } from '@shared/domain/types';

const MAX_RESULTS = 8;

interface SearchBoxProps {
  nodes: readonly StakeNode[];
  onPick(nodeId: string): void;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function SearchBox({ nodes, onPick, inputRef }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchNodes(nodes, query).slice(0, MAX_RESULTS), [nodes, query]);
  const pick = (nodeId: string) => {
    onPick(nodeId);
    setQuery('');
  };
  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search nodes"
        placeholder="Search (Ctrl+F)"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && results[0]) {
            event.preventDefault();
            pick(results[0].id);
          } else if (event.key === 'Escape') {
            setQuery('');
          }
        }}
      />
      {query.trim() !== '' && (
        <div className="search-results">
          {results.length === 0 ? (
            <p className="muted" role="status">
              No node matches “{query.trim()}”.
            </p>
          ) : (
            <ul aria-label="Search results">
              {results.map((node) => (
                <li key={node.id}>
                  <button type="button" className="link-button" onClick={() => pick(node.id)}>
                    {node.label || '(no label)'}{' '}
                    <span className="muted">({NODE_KIND_LABELS[node.kind]})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
