/**
 * Amounts to integer öre. A number is in the row's unit (kr unless the row's
 * Enhet column says tkr or mnkr); a text's own suffix ("250 tkr", "3,5 mnkr",
 * "95 kr") wins over the row's unit, because it is closer to what was typed.
 */
import type { DisplayUnit, Ore } from '../../engine/model';
import type { CellValue } from '../grid';
import { parseNumber } from './parseNumber';
import { fail, ok, type ParseResult } from './parseResult';

/** Öre per unit. */
export const ORE_PER: Record<DisplayUnit, number> = { kr: 100, tkr: 100_000, mnkr: 100_000_000 };

export function parseMoney(value: CellValue, rowUnit: DisplayUnit = 'kr'): ParseResult<Ore> {
  const parsed = parseNumber(value);
  if (!parsed || parsed.percent) {
    return fail('notANumber', 'ett belopp, t.ex. 1 234,50 eller 250 tkr', 'an amount, e.g. 1 234.50 or 250 tkr');
  }
  // Math.round: 1234.5 × 100 is 123450.00000000001 in floating point.
  const ore = Math.round(parsed.value * ORE_PER[parsed.unit ?? rowUnit]);
  if (!Number.isSafeInteger(ore)) {
    return fail('notANumber', 'ett belopp under 90 000 miljarder kr', 'an amount below 90 000 billion kr');
  }
  return ok(Object.is(ore, -0) ? 0 : ore);
}
