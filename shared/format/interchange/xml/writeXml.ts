// Writing XML text for the exporters: escaping, attributes in a fixed order, and comments that
// cannot be broken by their content. Elements are built as strings; there is nothing to parse.

/** Characters XML 1.0 cannot hold at all: controls other than tab, LF and CR, and U+FFFE/U+FFFF. */
function isAllowed(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code === 0xfffe || code === 0xffff) return false;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function escapeXml(text: string): string {
  const allowed = Array.from(text).every(isAllowed)
    ? text
    : Array.from(text).filter(isAllowed).join('');
  return (
    allowed
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // A reader turns CR LF into LF; a reference keeps a carriage return the user typed.
      .replace(/\r/g, '&#13;')
  );
}

/** Tabs and newlines in attributes as references, so a reader's whitespace rules cannot change them. */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export type Attributes = readonly (readonly [string, string | number | undefined])[];

export function attributes(list: Attributes): string {
  return list
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** An element with text content, or an empty element when there is none. */
export function element(name: string, list: Attributes, text?: string): string {
  return text === undefined
    ? `<${name}${attributes(list)}/>`
    : `<${name}${attributes(list)}>${escapeXml(text)}</${name}>`;
}

/** A comment; '--' cannot appear inside one, so it is spaced out. */
export function comment(text: string): string {
  return `<!-- ${text.replace(/--/g, '- -')} -->`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
