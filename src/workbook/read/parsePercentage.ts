/**
 * Percentages to fractions (0.25 = 25 %).
 *
 * The rule (docs/workbook-format.md):
 * - a cell formatted as % holds the fraction itself (Excel stores 25 % as 0.25);
 * - text with '%' is percent ("12,5 %" = 0.125);
 * - a plain number above 1 is percent (25 = 25 %). For rates (index,
 *   discount) exactly 1 is also percent (1 = 1 %): nobody means a 100 % rate,
 *   while SKR's 1.0 % of 2022 is typed "1". For shares 1 = 100 %.
 * Shares must lie in 0–100 %; rates between −100 % and 100 %.
 */
import type { CellValue } from '../grid';
import { parseNumber } from './parseNumber';
import { fail, ok, type ParseResult } from './parseResult';

export type PercentageScale = 'share' | 'rate';

export function parsePercentage(
  value: CellValue,
  numberFormat: string | undefined,
  scale: PercentageScale,
): ParseResult<number> {
  const parsed = parseNumber(value);
  const expected =
    scale === 'share'
      ? ['en andel 0–100 %, t.ex. 25 %', 'a share 0–100 %, e.g. 25 %']
      : ['en procentsats, t.ex. 2,5 %', 'a percentage, e.g. 2.5 %'];
  if (!parsed || parsed.unit) return fail('notAPercentage', expected[0]!, expected[1]!);
  let fraction: number;
  if (parsed.percent) fraction = percentToFraction(parsed.value);
  else if (typeof value === 'number' && numberFormat !== undefined && numberFormat.includes('%'))
    fraction = parsed.value;
  else if (Math.abs(parsed.value) > 1 || (scale === 'rate' && Math.abs(parsed.value) === 1))
    fraction = percentToFraction(parsed.value);
  else fraction = parsed.value;
  const inRange = scale === 'share' ? fraction >= 0 && fraction <= 1 : fraction > -1 && fraction < 1;
  if (!inRange) return fail('notAPercentage', expected[0]!, expected[1]!);
  const read = Object.is(fraction, -0) ? 0 : fraction;
  // A plain 1.5 as a share reads as 1,5 %; whoever typed it may have meant 150 % (a fraction above 1).
  if (scale === 'share' && !parsed.percent && fraction === parsed.value / 100 && parsed.value > 1 && parsed.value < 2) {
    const pct = String(parsed.value).replace('.', ',');
    const meant = String(Math.round(parsed.value * 10000) / 100);
    return {
      ok: true,
      value: read,
      doubt: {
        sv: `läses som ${pct} %. Menades ${meant.replace('.', ',')} %? En andel kan vara högst 100 %. Skriv ${pct} % om det är rätt.`,
        en: `reads as ${parsed.value} %. Was ${meant} % meant? A share is at most 100 %. Type ${parsed.value} % if it is right.`,
      },
    };
  }
  return ok(read);
}

/**
 * A percentage as the fraction typed: 4,1 % is 0.041, not 4.1 / 100 =
 * 0.040999999999999995 (4.1 is not exact in binary and the division keeps the
 * error). A spreadsheet holds at most 15 significant digits, so rounding the
 * quotient to 15 significant digits gives the double nearest the decimal the
 * analyst typed, which is what a %-formatted cell holding 4,1 % stores.
 */
export function percentToFraction(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}
