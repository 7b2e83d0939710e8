/**
 * The few XML string operations the package patches need. The parts we touch
 * (workbook.xml, sheet XML, rels, content types) are machine-written and
 * flat, so attribute-level regular expressions are enough and keep every
 * byte we do not touch exactly as it was.
 */

export function escapeXml(text: string): string {
  // Most texts and many formulas have nothing to escape: one native scan for them. The others go through
  // replace(), whose results are flat strings; a loop that joined slices made string trees that cost more
  // to write out than the scan saved (the 16× write 15–30 % slower).
  if (!SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SPECIAL = /[&<>"]/;

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** A character reference's character; one past U+10FFFF (no character: XML forbids it) as U+FFFD, never a RangeError. */
function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

/**
 * XML character data → text: entities and character references resolved,
 * CDATA sections (`<![CDATA[12]]>`, valid anywhere text is) taken as they are.
 */
export function characterData(xml: string): string {
  if (!xml.includes('<![CDATA[')) return xml.includes('&') ? unescapeXml(xml) : xml;
  let out = '';
  let at = 0;
  for (const m of xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += unescapeXml(xml.slice(at, m.index)) + m[1]!;
    at = m.index + m[0].length;
  }
  return out + unescapeXml(xml.slice(at));
}

/** Attributes of one start tag, e.g. `<sheet name="A" r:id="rId1"/>` → { name: 'A', 'r:id': 'rId1' }. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Either quote: XML allows both (`r='A1'`), though Excel writes double ones.
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  // The name group is not optional, and one of the value groups matched.
  while ((m = re.exec(tag)) !== null) out[m[1]!] = unescapeXml(m[2] ?? m[3]!);
  return out;
}

/** Every start (or empty) tag of an element, local name match with optional prefix. */
export function startTags(xml: string, element: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${element}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(re) ?? [];
}

/** What is wrong with a part that should be one XML element `root` (any prefix), or undefined when nothing is. */
export type RootProblem = { kind: 'empty' } | { kind: 'notXml'; found: string } | { kind: 'cut' };

/**
 * Whether `xml` is one `root` element from start to end: its start tag after
 * the prolog (declaration, comments, processing instructions, a document
 * type), and its end tag (or the start tag closing itself) last, whitespace
 * and comments aside. A part cut short or filled with something else fails
 * here, before a reader takes half of it for the whole. Looks only at both
 * ends: a sheet of a hundred megabytes costs nothing.
 */
export function rootProblem(xml: string, root: string): RootProblem | undefined {
  let at = 0;
  for (;;) {
    while (at < xml.length && /[\s\ufeff]/.test(xml[at]!)) at++;
    if (xml.startsWith('<?', at)) at = skipPast(xml, at, '?>');
    else if (xml.startsWith('<!--', at)) at = skipPast(xml, at, '-->');
    else if (xml.startsWith('<!DOCTYPE', at)) {
      // With an internal subset ('[ … ]') the declaration ends at ']>', else at the first '>'.
      const bracket = xml.indexOf('[', at);
      at = skipPast(xml, at, bracket >= 0 && bracket < xml.indexOf('>', at) ? ']>' : '>');
    } else break;
  }
  if (at >= xml.length) return { kind: 'empty' };
  const name = /^<((?:[\w.-]+:)?)([\w.-]+)(?=[\s/>]|$)/.exec(xml.slice(at, at + 256));
  if (!name || name[2] !== root) return { kind: 'notXml', found: excerpt(xml.slice(at, at + 40)) };
  const tagEnd = xml.indexOf('>', at);
  if (tagEnd < 0) return { kind: 'cut' };
  let end = xml.length;
  for (;;) {
    while (end > 0 && /\s/.test(xml[end - 1]!)) end--;
    const comment = xml.endsWith('-->', end);
    if (!comment && !xml.endsWith('?>', end)) break;
    const open = xml.lastIndexOf(comment ? '<!--' : '<?', end);
    if (open <= at) return { kind: 'cut' };
    end = open;
  }
  // The root closing itself (`<worksheet/>`) is a whole part too.
  if (xml[tagEnd - 1] === '/' && tagEnd + 1 === end) return undefined;
  const closeTag = new RegExp(`</${name[1]!}${root}\\s*>$`);
  return closeTag.test(xml.slice(Math.max(at, end - 200), end)) ? undefined : { kind: 'cut' };
}

function skipPast(xml: string, from: number, close: string): number {
  const i = xml.indexOf(close, from);
  return i < 0 ? xml.length : i + close.length;
}

/** A few characters of a part as a message can show them: printable, one line. */
function excerpt(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const unprintable = /[\u0000-\u001f\u007f-\u009f\ufffd"]/g;
  return text.replace(unprintable, '?').trim().slice(0, 20);
}

/** One element found by `elements`: where it is, its start tag and its content (undefined when empty: `<x/>`). */
export interface FoundElement {
  start: number;
  end: number;
  tag: string;
  content: string | undefined;
  /** False when its end tag is missing: the content then ends at the next tag of the same name. */
  closed: boolean;
}

/**
 * Every element `name` (any prefix) of `xml` in order, found with indexOf and
 * one simple pattern rather than a pattern over the content: the content runs
 * to the element's end tag, or, when that is missing, to the next tag of the
 * same name. So a part is read once through whatever is missing (a lazy
 * `[\s\S]*?</si>` looked from every <si> to the end of the part: a minute
 * on 100 000 of them), and a long content cannot overflow the pattern
 * engine's stack (a pattern stepping one character at a time did, at 10 MB).
 */
export function* elements(xml: string, name: string): Generator<FoundElement, void, undefined> {
  const tags = tagPattern(name);
  // The pattern is shared (compiled once per name): each search sets where it starts, so two walks cannot mix.
  const find = (from: number) => {
    tags.lastIndex = from;
    return tags.exec(xml);
  };
  let m = find(0);
  while (m !== null) {
    if (m[1] === '/') {
      m = find(m.index + m[0].length); // an end tag with no start: nothing to take
      continue;
    }
    const start = m.index;
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) return;
    const tag = xml.slice(start, tagEnd + 1);
    if (xml[tagEnd - 1] === '/') {
      yield { start, end: tagEnd + 1, tag, content: undefined, closed: true };
      m = find(tagEnd + 1);
      continue;
    }
    const next = find(tagEnd + 1);
    const contentEnd = next === null ? xml.length : next.index;
    const closed = next !== null && next[1] === '/';
    const closeEnd = closed ? xml.indexOf('>', contentEnd) : -1;
    const end = closed && closeEnd >= 0 ? closeEnd + 1 : contentEnd;
    yield { start, end, tag, content: xml.slice(tagEnd + 1, contentEnd), closed };
    m = closed ? find(end) : next;
  }
}

const tagPatterns = new Map<string, RegExp>();
function tagPattern(name: string): RegExp {
  let pattern = tagPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`<(/?)(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
    tagPatterns.set(name, pattern);
  }
  return pattern;
}
