// The editor's code (and with it Cytoscape) is its own chunk, so the map list starts without it.
// It is fetched when the list is idle (preloadMapEditor) or, at the latest, when a map starts
// opening, alongside the map's records. Waiting for it is plain state rather than React.lazy and
// Suspense: React holds back content that replaces a Suspense fallback until 300 ms after the
// fallback appeared, which a first open paid in full even when the code was already there.

import { memo, useEffect, useState, type MemoExoticComponent } from 'react';
import type { MapEditor } from './MapEditor';

export type EditorComponent = MemoExoticComponent<typeof MapEditor>;

let loaded: EditorComponent | undefined;
let loading: Promise<EditorComponent> | undefined;

/** Fetches the editor once; a failed fetch is forgotten, so the next attempt fetches again. */
export function loadEditor(): Promise<EditorComponent> {
  loading ??= import('./MapEditor').then(
    (module) => (loaded = memo(module.MapEditor)),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Fetches the editor ahead of the first open. A failure is left to the open, which reports it. */
export function preloadMapEditor(): void {
  loadEditor().catch(() => undefined);
}

type EditorCode = { editor: EditorComponent | undefined } | { error: unknown };

/**
 * The editor component: at once when its code is already in, otherwise undefined until it is.
 * A failure to load is thrown while rendering, so the error boundary explains it.
 */
export function useEditorCode(): EditorComponent | undefined {
  const [code, setCode] = useState<EditorCode>(() => ({ editor: loaded }));
  const ready = 'editor' in code && code.editor !== undefined;
  useEffect(() => {
    if (ready) return;
    let active = true;
    loadEditor().then(
      (editor) => {
        if (active) setCode({ editor });
      },
      (error: unknown) => {
        if (active) setCode({ error });
      },
    );
    return () => {
      active = false;
    };
  }, [ready]);
  if ('error' in code) throw code.error;
  return code.editor;
}
