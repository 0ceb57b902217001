// A file dropped anywhere on the window is read as UTF-8 text and handed over; the browser must
// never navigate to it (which is what it does with a dropped file by default). A watcher hears
// when a file is first dragged over and when it goes undropped, so that what will read it can get
// ready meanwhile.

import { useEffect, useRef, useState } from 'react';
import { decodeUtf8, describeSize, MAX_OPEN_FILE_BYTES } from './decodeText';
import type { OpenedFile } from './host';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Told when a file is first dragged over the window, and when it goes without being dropped. */
export interface FileDragWatcher {
  fileOver(): void;
  fileAway(): void;
}

const NOBODY: FileDragWatcher = { fileOver() {}, fileAway() {} };

export function useFileDrop(
  onFile: (file: OpenedFile) => void,
  onError: (message: string) => void,
  watcher: FileDragWatcher = NOBODY,
): boolean {
  const [dragging, setDragging] = useState(false);
  const handlers = useRef({ onFile, onError, watcher });
  useEffect(() => {
    handlers.current = { onFile, onError, watcher };
  });

  useEffect(() => {
    let depth = 0;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      if (depth === 1) handlers.current.watcher.fileOver();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      if (depth === 0) return;
      depth -= 1;
      if (depth > 0) return;
      setDragging(false);
      handlers.current.watcher.fileAway();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) {
        handlers.current.watcher.fileAway();
        return;
      }
      if (file.size > MAX_OPEN_FILE_BYTES) {
        handlers.current.watcher.fileAway();
        handlers.current.onError(
          `${file.name} is ${describeSize(file.size)}; Stakemap opens files up to ${describeSize(MAX_OPEN_FILE_BYTES)}.`,
        );
        return;
      }
      file
        .arrayBuffer()
        .then((bytes) =>
          handlers.current.onFile({ name: file.name, contents: decodeUtf8(bytes, file.name) }),
        )
        .catch((error: unknown) => {
          handlers.current.watcher.fileAway();
          handlers.current.onError(error instanceof Error ? error.message : String(error));
        });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
