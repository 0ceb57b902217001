// A file dropped anywhere on the window is read as UTF-8 text and handed over; the browser must
// never navigate to it (which is what it does with a dropped file by default).

import { useEffect, useRef, useState } from 'react';
import { decodeUtf8, describeSize, MAX_OPEN_FILE_BYTES } from './decodeText';
import type { OpenedFile } from './host';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function useFileDrop(
  onFile: (file: OpenedFile) => void,
  onError: (message: string) => void,
): boolean {
  const [dragging, setDragging] = useState(false);
  const handlers = useRef({ onFile, onError });
  useEffect(() => {
    handlers.current = { onFile, onError };
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
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > MAX_OPEN_FILE_BYTES) {
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
        .catch((error: unknown) =>
          handlers.current.onError(error instanceof Error ? error.message : String(error)),
        );
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
