// Reads XML text (GEXF, GraphML) into a small element tree, safely: a file that declares entities
// in a DOCTYPE is refused before parsing (they are how XML reads local files or expands a few
// bytes into gigabytes), the parser itself expands no entities, and only XML's five predefined
// entities and character references are decoded. Element paths are XPath-like and 1-based:
// `graph/nodes/node[12]`, counting from below the root element.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { err, ok, type Result } from '../../../result';
import type { FormatProblem } from '../../fileTypes';
import { problem } from '../../problems';
import { MAX_ELEMENTS, MAX_XML_DEPTH, tooManyElements } from '../limits';
import { textProblem, withoutBom } from '../textChecks';

export interface XmlElement {
  /** The local name, without a namespace prefix: `position` for `viz:position`. */
  name: string;
  /** Attributes by local name; namespace declarations are left out. */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), not its children's. */
  text: string;
  path: string;
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** Decodes the five predefined entities and character references; leaves anything else as is. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body.startsWith('#x')
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(PREDEFINED, body) ? (PREDEFINED[body] ?? whole) : whole;
  });
}

const ENTITY_DECLARATION = /<!ENTITY/i;

const ENTITY_MESSAGE =
  'This file declares entities in a DOCTYPE. Stakemap does not read such files: entities can ' +
  'make a file read other files on your computer or grow to gigabytes when opened. GEXF and ' +
  'GraphML never need them; remove the DOCTYPE and import the file again.';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_XML_DEPTH,
});

type Ordered = Record<string, unknown>;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function attributesOf(raw: unknown): Map<string, string> {
  const attributes = new Map<string, string>();
  if (typeof raw !== 'object' || raw === null) return attributes;
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attributes.set(localName(name), decodeXmlText(String(value)));
  }
  return attributes;
}

function elementOf(raw: Ordered, path: string): XmlElement | null {
  const tag = Object.keys(raw).find((key) => key !== ':@');
  if (tag === undefined || tag === '#text' || tag === '#comment') return null;
  const element: XmlElement = {
    name: localName(tag),
    attributes: attributesOf(raw[':@']),
    children: [],
    text: '',
    path,
  };
  const content = raw[tag];
  if (!Array.isArray(content)) return element;
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const child of content as Ordered[]) {
    const childTag = Object.keys(child).find((key) => key !== ':@');
    if (childTag && childTag !== '#text') {
      const name = localName(childTag);
      totals.set(name, (totals.get(name) ?? 0) + 1);
    }
  }
  for (const child of content as Ordered[]) {
    if (Object.hasOwn(child, '#text')) {
      element.text += decodeXmlText(String(child['#text']));
      continue;
    }
    const childTag = Object.keys(child).find((key) => key !== ':@');
    if (!childTag) continue;
    const name = localName(childTag);
    const index = (counts.get(name) ?? 0) + 1;
    counts.set(name, index);
    const step = (totals.get(name) ?? 1) > 1 ? `${name}[${index}]` : name;
    const made = elementOf(child, path === '' ? step : `${path}/${step}`);
    if (made) element.children.push(made);
  }
  return element;
}

function parseProblem(fileName: string, error: unknown): FormatProblem {
  const reason = error instanceof Error ? error.message : String(error);
  if (/nested|depth/i.test(reason)) {
    return problem(
      fileName,
      `This file is nested more than ${MAX_XML_DEPTH} levels deep; no GEXF or GraphML file needs that.`,
    );
  }
  const reserved = /Invalid name: "([^"]+)"/.exec(reason);
  if (reserved) {
    return problem(
      fileName,
      `This file uses '${reserved[1]}' as an element or attribute name, which Stakemap refuses.`,
    );
  }
  return problem(fileName, `This file could not be read as XML: ${reason}`);
}

/** Counts `<node` and `<edge` tags without parsing, so a huge file is refused before it is read. */
function elementCount(text: string): number {
  let found = 0;
  for (const tag of ['<node', '<edge']) {
    for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + tag.length)) found += 1;
  }
  return found;
}

export function readXml(text: string, fileName: string): Result<XmlElement, FormatProblem[]> {
  const textIssue = textProblem(text, fileName);
  if (textIssue) return err([textIssue]);
  const body = withoutBom(text);
  if (ENTITY_DECLARATION.test(body)) return err([problem(fileName, ENTITY_MESSAGE)]);
  const count = elementCount(body);
  if (count > MAX_ELEMENTS + 2) return err([problem(fileName, tooManyElements(count))]);
  try {
    const valid = XMLValidator.validate(body);
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      return err([
        problem(`${fileName} line ${line}, column ${col}`, `This is not well-formed XML: ${msg}`),
      ]);
    }
    const parsed: unknown = parser.parse(body);
    const top = Array.isArray(parsed) ? (parsed as Ordered[]) : [];
    for (const item of top) {
      const root = elementOf(item, '');
      if (root) return ok(root);
    }
    return err([problem(fileName, 'This XML file has no root element.')]);
  } catch (error) {
    return err([parseProblem(fileName, error)]);
  }
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** `graph/nodes/node[3]@id`: where an attribute is. */
export function attributePath(element: XmlElement, attribute: string): string {
  return `${element.path}@${attribute}`;
}
