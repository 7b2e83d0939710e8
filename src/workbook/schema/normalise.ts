/**
 * How texts typed by people are compared: headers, sheet names, choice
 * values and the names that link rows (solutions, payers, keys).
 *
 * Why so lenient: analysts retype headers and names by hand, on keyboards
 * without å/ä/ö, with stray double spaces or a no-break space pasted from a
 * web page. "Losning ", "LÖSNING" and "Lösning" must all find the same column.
 */

/**
 * Characters nobody sees: zero-width spaces and joiners, the word joiner,
 * a byte-order mark, a soft hyphen. Pasted from web pages and PDFs, they
 * would make "Schema" and "Schema\u200b" two names that look alike.
 */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Lower case, diacritics removed, invisible characters removed, every run of
 * whitespace (incl. U+00A0, U+202F, U+2009) as one space, trimmed.
 */
export function normaliseKey(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    .trim();
}
