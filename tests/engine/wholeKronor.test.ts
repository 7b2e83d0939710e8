/**
 * One amount, one figure: the pane and the command line show an amount in
 * öre as the same whole kronor, rounded as the sheets' ROUND does (half away
 * from zero) — they once disagreed on negatives (−150 öre as −1 kr and −2 kr).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKronor as cliKronor } from '../../src/faces/cli/numberFormat';
import { wholeKronor } from '../../src/engine/money';
import { formatKronor as paneKronor } from '../../src/faces/taskpane/format/numbers';

/** The signed integer a formatted amount shows ("−1 234 kr", "-1 234 kr", "1,234"). */
function shown(text: string): number {
  const negative = /^[-\u2212]/.test(text.trim());
  const digits = text.replace(/[^\d]/g, '');
  return (negative ? -1 : 1) * Number(digits);
}

describe('wholeKronor', () => {
  it('rounds half away from zero, as Excel’s ROUND(x, 0)', () => {
    expect(wholeKronor(150)).toBe(2);
    expect(wholeKronor(-150)).toBe(-2);
    expect(wholeKronor(-149)).toBe(-1);
    expect(wholeKronor(-50)).toBe(-1);
    expect(wholeKronor(49)).toBe(0);
    expect(Object.is(wholeKronor(-10), 0), 'never -0, which prints as "-0 kr"').toBe(true);
  });

  it('the pane (sv and en) and the command line show the same kronor for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => {
        const kr = wholeKronor(ore);
        expect(shown(cliKronor(ore))).toBe(kr);
        expect(shown(paneKronor(ore, 'sv'))).toBe(kr);
        expect(shown(paneKronor(ore, 'en'))).toBe(kr);
      }),
    );
  });
});
