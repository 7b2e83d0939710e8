/**
 * The manifest as a small ordered element tree, parsed with fast-xml-parser in
 * preserveOrder mode (the schema cares about child order, so a plain object
 * per tag would lose exactly what the order rule checks).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** Qualified name as written, e.g. 'OfficeApp', 'bt:Image'. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside this element, trimmed. */
  text: string;
  /** Slash-separated local names from the root, for messages: 'OfficeApp/DefaultSettings/SourceLocation'. */
  path: string;
}

export type ParseResult = { ok: true; root: XmlElement } | { ok: false; message: string };

const ATTRIBUTES = ':@';
const TEXT = '#text';

type OrderedNode = Record<string, unknown>;

/** The name without its namespace prefix: 'bt:Image' → 'Image'. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function toElement(node: OrderedNode, parentPath: string): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
  if (name === undefined || name === TEXT || name.startsWith('?')) return undefined;
  const path = parentPath === '' ? localName(name) : `${parentPath}/${localName(name)}`;
  const rawAttributes = (node[ATTRIBUTES] ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
  const element: XmlElement = { name, attributes, children: [], text: '', path };
  const texts: string[] = [];
  for (const child of (node[name] ?? []) as OrderedNode[]) {
    if (TEXT in child) {
      texts.push(String(child[TEXT]));
      continue;
    }
    const childElement = toElement(child, path);
    if (childElement) element.children.push(childElement);
  }
  element.text = texts.join('').trim();
  return element;
}

/** Parses manifest XML; a document that is not well-formed becomes a message, not an exception. */
export function parseManifestXml(xml: string): ParseResult {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return { ok: false, message: `not well-formed XML at line ${line}, column ${col}: ${msg}` };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const roots = nodes.map((node) => toElement(node, '')).filter((el): el is XmlElement => el !== undefined);
  if (roots.length !== 1) return { ok: false, message: `expected one root element, found ${roots.length}` };
  return { ok: true, root: roots[0]! };
}

/** Direct children with the given local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => localName(child.name) === local);
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childrenNamed(element, local)[0];
}

/** Every element in document order, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    result.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return result;
}

/** Follows local names down from `element`, taking the first match at each step. */
export function descend(element: XmlElement, ...locals: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const local of locals) {
    if (current === undefined) return undefined;
    current = firstChild(current, local);
  }
  return current;
}
