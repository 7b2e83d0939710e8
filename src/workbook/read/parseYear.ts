/** Years (1900–2200) and whole numbers, from numbers or text ("2 024" too). */
import type { CellValue } from '../grid';
import { parseNumber } from './parseNumber';
import { fail, ok, type ParseResult } from './parseResult';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

export function parseYear(value: CellValue): ParseResult<number> {
  const parsed = parseNumber(value);
  if (
    !parsed ||
    parsed.percent ||
    parsed.unit ||
    !Number.isInteger(parsed.value) ||
    parsed.value < FIRST_YEAR ||
    parsed.value > LAST_YEAR
  ) {
    return fail(
      'notAYear',
      `ett årtal ${FIRST_YEAR}–${LAST_YEAR}, t.ex. 2025`,
      `a year ${FIRST_YEAR}–${LAST_YEAR}, e.g. 2025`,
    );
  }
  return ok(parsed.value);
}

export function parseInteger(value: CellValue): ParseResult<number> {
  const parsed = parseNumber(value);
  if (!parsed || parsed.percent || parsed.unit)
    return fail('notANumber', 'ett heltal, t.ex. 4', 'a whole number, e.g. 4');
  if (!Number.isSafeInteger(parsed.value)) return fail('notAnInteger', 'ett heltal, t.ex. 4', 'a whole number, e.g. 4');
  return ok(parsed.value);
}

/** Any finite number without % or a money unit. */
export function parsePlainNumber(value: CellValue): ParseResult<number> {
  const parsed = parseNumber(value);
  if (!parsed || parsed.percent || parsed.unit)
    return fail('notANumber', 'ett tal, t.ex. 1 234,5', 'a number, e.g. 1 234.5');
  return ok(parsed.value);
}
