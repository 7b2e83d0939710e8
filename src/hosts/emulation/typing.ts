/**
 * What Excel does with a value written through `Range.values`: it treats the
 * string as if a person typed it, unless the cell's number format is text
 * ('@'). Modelled here:
 *  - '=…' becomes a formula (this is why the adapter formats text cells '@'
 *    before writing: a payer named '=HYPERLINK("http://x")' must stay text);
 *  - '+…' becomes a formula ('+1' → '=+1'), and so does '-…' unless it is a
 *    number ('-abc' → '=-abc', '-5' → -5), as Excel's Lotus-style entry does;
 *  - '@…' becomes a formula ('@SUM(A1)' → '=@SUM(A1)'), as current Excel does
 *    with the implicit-intersection operator;
 *  - a string that reads as an invariant number ('12', '-3.5', '1e3')
 *    becomes that number.
 * Not modelled (documented, not guessed): dates ('2024-01-31' becomes a date
 * serial in Excel), percentages ('12%'), currency and locale-formatted numbers
 * ('1 234,50'), and booleans typed as 'TRUE'. The emulation keeps those as
 * text, which is what the adapter relies on anyway, because it writes every
 * text cell with format '@'.
 */
import type { CellValue } from '../../workbook/grid';

export interface Typed {
  value: CellValue;
  formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function typeIn(input: string | number | boolean | null, numberFormat: string): Typed {
  if (typeof input !== 'string') return { value: input === undefined ? null : input };
  if (input === '') return { value: null };
  if (numberFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  if (/^[+@]/.test(input) && input.length > 1) return { value: null, formula: `=${input}` };
  if (NUMBER.test(input.trim())) return { value: Number(input.trim()) };
  if (input.startsWith('-') && input.length > 1) return { value: null, formula: `=${input}` };
  return { value: input };
}
