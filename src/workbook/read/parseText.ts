/**
 * Text cells, choices and lists. Text is trimmed; a number typed where a
 * name is expected becomes its text ("2024" as a payer name is a name).
 */
import type { CellValue } from '../grid';
import { ALL_WORDS, matchChoice, type ChoiceSet } from '../schema/choices';
import { INVISIBLE, normaliseKey } from '../schema/normalise';
import { fail, ok, type ParseResult } from './parseResult';

/** The text of a non-empty cell; '' for blank. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  // Invisible characters (zero-width space, soft hyphen …) are dropped: a name is what the analyst sees.
  if (typeof value === 'string') return value.replace(INVISIBLE, '').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A blank cell: null, or only whitespace and invisible characters. */
export function isBlank(value: CellValue): boolean {
  return (
    value === null ||
    (typeof value === 'string' && value.replace(INVISIBLE, '').replace(/[\s\u00a0\u2007\u2009\u202f]/g, '') === '')
  );
}

export function parseChoice<T extends string>(value: CellValue, set: ChoiceSet<T>): ParseResult<T> {
  const id = matchChoice(set, cellText(value));
  if (id !== undefined) return ok(id);
  const words = set.options.map((o) => o.sv).join(', ');
  const wordsEn = set.options.map((o) => o.en).join(', ');
  return fail('unknownChoice', `${set.name.sv}: ${words}`, `${set.name.en}: ${wordsEn}`);
}

/** Items of a list cell split on ; , or line breaks, trimmed, empty items dropped, repeats dropped. */
export function splitList(value: CellValue): string[] {
  const items = cellText(value)
    .split(/[;,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = normaliseKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A list cell that says "all" (alla, samtliga, all). */
export function isAllWord(item: string): boolean {
  return ALL_WORDS.some((word) => normaliseKey(word) === normaliseKey(item));
}
