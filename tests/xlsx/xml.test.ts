/**
 * XML text as the writer escapes it: every '&', '<', '>' and '"' as its
 * entity and nothing else changed, so a formula or a name typed as
 * `<script>` or `=HYPERLINK("…")` is text in the file, and reads back as typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, unescapeXml } from '../../src/hosts/xlsx/xml';

/** The four replacements one after the other: the reading escapeXml must agree with. */
const reference = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('escapeXml', () => {
  it('escapes exactly the four characters, anywhere in any text (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", 'ö', '😀', ' ', '=') }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(escapeXml(t)).toBe(reference(t));
        expect(unescapeXml(escapeXml(t))).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back a text with nothing to escape as it is', () => {
    const formula = '=SUMIFS($J$120:$J$900,$D$120:$D$900,$C$77,$C$120:$C$900,F$60)';
    expect(escapeXml(formula)).toBe(formula);
    expect(escapeXml('')).toBe('');
    expect(escapeXml('IF(E5>0,"–",1)&"<x>"')).toBe('IF(E5&gt;0,&quot;–&quot;,1)&amp;&quot;&lt;x&gt;&quot;');
  });
});
