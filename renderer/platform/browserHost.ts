// The browser host (npm run web, and the end-to-end tests): files come from a file input and
// leave as downloads. It has no native menu and opens links in a new, isolated tab.

import { decodeUtf8, describeSize, MAX_OPEN_FILE_BYTES } from './decodeText';
import type { FileType, Host, OpenedFile, PrintOutcome, SaveOutcome } from './host';

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

export const browserHost: Host = {
  kind: 'browser',

  async openFile(types: FileType[]): Promise<OpenedFile | null> {
    const accept = types.flatMap((type) => [
      ...type.extensions.map((ext) => `.${ext}`),
      type.mimeType,
    ]);
    const file = await pickFile(accept.join(','));
    if (!file) return null;
    if (file.size > MAX_OPEN_FILE_BYTES) {
      throw new Error(
        `${file.name} is ${describeSize(file.size)}; Stakemap opens files up to ${describeSize(MAX_OPEN_FILE_BYTES)}.`,
      );
    }
    return { name: file.name, contents: decodeUtf8(await file.arrayBuffer(), file.name) };
  },

  async saveFile(
    suggestedName: string,
    contents: string | Uint8Array,
    type: FileType,
  ): Promise<SaveOutcome> {
    // A copy into a fresh ArrayBuffer, which Blob accepts whatever buffer the bytes were a view on.
    const part = typeof contents === 'string' ? contents : new Uint8Array(contents);
    const url = URL.createObjectURL(new Blob([part], { type: type.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the blob; give it a moment before releasing the memory.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { status: 'saved', where: 'your downloads' };
  },

  async printPage(): Promise<PrintOutcome> {
    // The browser names the file itself in its dialog; the page's <title> is its suggestion.
    window.print();
    return { status: 'print-dialog' };
  },

  async openExternal(url: string): Promise<void> {
    window.open(url, '_blank', 'noopener,noreferrer');
  },

  onMenuCommand(): () => void {
    return () => undefined;
  },
};
