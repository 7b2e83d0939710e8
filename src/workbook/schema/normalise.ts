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
  return (
    text
      .replace(INVISIBLE, '')
      // NFKD also folds compatibility forms: full-width "Ｓｃｈｅｍａ", the ligature "ﬁ".
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
      .trim()
  );
}

/** Cyrillic and Greek letters drawn like Latin ones (lower case, as after normaliseKey). */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ζ: 'z',
};

/**
 * A text as the eye reads it: normaliseKey, then letters from other scripts
 * that look Latin replaced by the Latin one ("Sсhema" with a Cyrillic с →
 * "schema"). Never used to match — two such names are different text — only
 * to say "this looks like X but is not" instead of "unknown".
 */
export function skeleton(text: string): string {
  return [...normaliseKey(text)].map((ch) => LOOKALIKES[ch] ?? ch).join('');
}

/** The characters of `text` that are look-alikes from another script, as "с" (U+0441). */
export function lookalikeCharacters(text: string): string[] {
  const found = [...new Set([...text.toLowerCase()].filter((ch) => LOOKALIKES[ch] !== undefined))];
  return found.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
}
