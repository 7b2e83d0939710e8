/**
 * The one number formatter (src/workbook/numberText.ts): one rounding for
 * every reader, and only the characters differ between the pane, the
 * terminal and a sentence in a sheet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeKronor } from '../../src/engine/money';
import type { Language } from '../../src/engine/text';
import { formatNumber, formatWholeKronor, type NumberStyle } from '../../src/workbook/numberText';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const language = fc.constantFrom<Language>('sv', 'en');
const style = fc.constantFrom<NumberStyle>('sheet', 'pane', 'terminal');
const amount = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8), // exact halves and quarters
);

/** The figure back from its text, in any style. */
function parse(text: string, lang: Language): number {
  const group = lang === 'sv' ? /[ \u00a0]/g : /,/g;
  const plain = text
    .replace(group, '')
    .replace(/[\u2212-]/, '-')
    .replace('+', '');
  return Number(lang === 'sv' ? plain.replace(',', '.') : plain);
}

describe('formatNumber', () => {
  it("gives in the 'pane' style what Intl gives for sv-SE and en-GB (except Intl's '−0')", () => {
    fc.assert(
      fc.property(amount, language, fc.integer({ min: 0, max: 2 }), (x, lang, decimals) => {
        const intl = new Intl.NumberFormat(LOCALES[lang], {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(x);
        const ours = formatNumber(x, lang, { min: decimals, max: decimals, style: 'pane' });
        // Intl keeps the sign of a negative figure that rounds to zero; a reader sees "−0" as a loss of nothing.
        expect(ours).toBe(/^[-\u2212]0([.,]0+)?$/.test(intl) ? intl.replace(/^[-\u2212]/, '') : intl);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds alike in every style: only the characters differ', () => {
    fc.assert(
      fc.property(amount, language, fc.integer({ min: 0, max: 3 }), (x, lang, decimals) => {
        const figures = (['sheet', 'pane', 'terminal'] as const).map((s) =>
          parse(formatNumber(x, lang, { min: decimals, max: decimals, style: s }), lang),
        );
        expect(new Set(figures).size).toBe(1);
        expect(Math.abs(figures[0]! - x)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9 * Math.abs(x));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the terminal in plain ASCII, and never a sign on a figure that rounds to zero', () => {
    fc.assert(
      fc.property(amount, language, (x, lang) => {
        const text = formatNumber(x, lang, { max: 2, style: 'terminal' });
        expect(text).toMatch(/^[-0-9 ,.]+$/);
        for (const s of ['sheet', 'pane', 'terminal'] as const) {
          const t = formatNumber(x, lang, { max: 0, style: s });
          if (Math.abs(x) < 0.5) expect(t).toBe('0');
        }
      }),
    );
  });

  it('signs a change when asked, leaving zero unsigned', () => {
    expect(formatNumber(1.24, 'sv', { min: 1, max: 1, signed: true })).toBe('+1,2');
    expect(formatNumber(-0.8, 'sv', { min: 1, max: 1, signed: true, style: 'pane' })).toBe('\u22120,8');
    expect(formatNumber(0.01, 'sv', { max: 1, signed: true })).toBe('0');
  });

  it("shows what is not a finite number as '–', never 'NaN'", () => {
    expect(formatNumber(Number.NaN, 'sv')).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });
});

describe('formatWholeKronor', () => {
  it('rounds öre to whole kronor as Excel does, half away from zero, in every style', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), language, style, (ore, lang, s) => {
        expect(parse(formatWholeKronor(ore, lang, s), lang)).toBe(wholeKronor(ore));
      }),
      { numRuns: 2000 },
    );
    expect(formatWholeKronor(-150, 'sv', 'terminal')).toBe('-2');
    expect(formatWholeKronor(-150, 'sv', 'pane')).toBe('\u22122');
    expect(formatWholeKronor(123_456_789, 'sv', 'sheet')).toBe('1 234 568');
  });
});
