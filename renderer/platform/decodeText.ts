// Files arrive as bytes; Stakemap reads them as UTF-8 only, and says so when they are not.

/** Files larger than this are refused before reading: a map this big is not a Stakemap file. */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024;

export function decodeUtf8(bytes: ArrayBuffer, fileName: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new Error(`${fileName} is not UTF-8 text, so it cannot be a file Stakemap reads.`);
  }
}

export function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
