/**
 * The few XML string operations the package patches need. The parts we touch
 * (workbook.xml, sheet XML, rels, content types) are machine-written and
 * flat, so attribute-level regular expressions are enough and keep every
 * byte we do not touch exactly as it was.
 */

export function escapeXml(text: string): string {
  // One pass by character codes, copying runs between the characters to escape: every text and formula of
  // a sheet comes through here (3.6 million formulas at 100× the sample), and four replace() calls a string
  // took a tenth of the .xlsx write.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > GT || (c !== AMP && c !== LT && c !== GT && c !== QUOT)) continue;
    out += text.slice(from, i) + (c === AMP ? '&amp;' : c === LT ? '&lt;' : c === GT ? '&gt;' : '&quot;');
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** '"', '&', '<', '>' */
const [QUOT, AMP, LT, GT] = [34, 38, 60, 62] as const;

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** Attributes of one start tag, e.g. `<sheet name="A" r:id="rId1"/>` → { name: 'A', 'r:id': 'rId1' }. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*"([^"]*)"/g;
  let m: RegExpExecArray | null;
  // Both groups are not optional, so a match has them.
  while ((m = re.exec(tag)) !== null) out[m[1]!] = unescapeXml(m[2]!);
  return out;
}

/** Every start (or empty) tag of an element, local name match with optional prefix. */
export function startTags(xml: string, element: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${element}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(re) ?? [];
}
