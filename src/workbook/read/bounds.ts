/**
 * The range every number in the input tables must lie in. The lower bound is
 * 0: no count, amount, FTE or year count is negative. The upper bounds keep
 * the engine's integer öre exact: a total stays below 2^53 öre (about
 * 90 000 000 000 000 kr) only if no single input is absurd, so a count above
 * 10 million (Stockholm has about 1 million inhabitants) or an amount above
 * 100 000 000 000 kr (100 miljarder; the city's whole yearly budget is about
 * 60 miljarder) is refused at its cell as a typing mistake. The engine still
 * checks the totals themselves (amountTooLarge).
 */
import type { ColumnType } from '../schema/types';
import { fail, type ParseResult } from './parseResult';

export const MAX_COUNT = 10_000_000;
/** In öre: 100 000 000 000 kr. */
export const MAX_AMOUNT_ORE = 100_000_000_000 * 100;

const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The bound check for a column's type, or undefined for types without one (text, dates, percentages …). */
export function boundsFor(type: ColumnType): ((value: number) => ParseResult<number>) | undefined {
  switch (type.kind) {
    case 'money':
      return (value) =>
        value < 0
          ? fail('negativeValue', 'ett belopp på 0 kr eller mer', 'an amount of 0 kr or more')
          : value > MAX_AMOUNT_ORE
            ? fail(
                'outOfBounds',
                `ett belopp på högst ${group(MAX_AMOUNT_ORE / 100, ' ')} kr (står beloppet i rätt enhet?)`,
                `an amount of at most ${group(MAX_AMOUNT_ORE / 100, ',')} kr (is the amount in the right unit?)`,
              )
            : { ok: true, value };
    case 'number':
    case 'integer':
      return (value) =>
        value < 0
          ? fail('negativeValue', 'ett tal på 0 eller mer', 'a number of 0 or more')
          : value > MAX_COUNT
            ? fail(
                'outOfBounds',
                `ett tal på högst ${group(MAX_COUNT, ' ')}`,
                `a number of at most ${group(MAX_COUNT, ',')}`,
              )
            : { ok: true, value };
    default:
      return undefined;
  }
}
