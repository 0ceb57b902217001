// The toolbar's layout tools: pick a layout and run it; while it runs, how far it has got and a
// way to cancel it. Layouts too slow for the map's size stay in the list, disabled, saying why.

import { useEffect, useRef, useState } from 'react';
import { LAYOUTS, unavailableReason, type LayoutName } from '../../graph/layouts';
import { useLayoutProgress, type LayoutRun } from './useLayoutRun';

interface LayoutControlProps {
  nodeCount: number;
  run: LayoutRun;
}

export function LayoutControl({ nodeCount, run }: LayoutControlProps) {
  const [chosen, setChosen] = useState<LayoutName>('force');
  const runButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Where the keyboard focus goes when the buttons swap roles: to Cancel when the run starts from
  // Run layout, and back to Run layout when Cancel goes away under it.
  const focusFollows = useRef(false);
  const progress = useLayoutProgress(run);
  const running = progress !== null;

  useEffect(() => {
    if (!focusFollows.current) return;
    if (running) cancelButton.current?.focus();
    else runButton.current?.focus();
  }, [running]);

  const choices = LAYOUTS.map((layout) => ({
    ...layout,
    reason: unavailableReason(layout, nodeCount),
  }));
  // The chosen layout may stop being offered as the map grows: fall back to the first that is.
  const selected =
    choices.find((choice) => choice.name === chosen && choice.reason === null) ??
    choices.find((choice) => choice.reason === null);
  const percent = Math.round((progress ?? 0) * 100);

  return (
    <div className="toolbar-group">
      <select
        aria-label="Layout"
        value={selected?.name ?? ''}
        onChange={(event) => setChosen(event.target.value as LayoutName)}
      >
        {choices.map((choice) => (
          <option key={choice.name} value={choice.name} disabled={choice.reason !== null}>
            {choice.reason === null ? choice.label : `${choice.label} (${choice.reason})`}
          </option>
        ))}
      </select>
      <button
        ref={runButton}
        type="button"
        disabled={!selected || running}
        onClick={() => {
          if (!selected) return;
          focusFollows.current = document.activeElement === runButton.current;
          run.start(selected.name);
        }}
      >
        Run layout
      </button>
      {running && (
        <>
          <progress aria-label="Layout progress" max={100} value={percent} />
          <span aria-hidden="true">{percent} %</span>
          <button
            ref={cancelButton}
            type="button"
            onFocus={() => (focusFollows.current = true)}
            onBlur={() => (focusFollows.current = false)}
            onClick={run.cancel}
          >
            Cancel layout
          </button>
        </>
      )}
    </div>
  );
}
