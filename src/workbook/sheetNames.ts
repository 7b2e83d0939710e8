/**
 * Excel's sheet-name rules, applied to names we generate: at most 31
 * characters, none of [ ] : * ? / \, no apostrophe first or last, not the
 * reserved name "History", and unique regardless of case. The caller says
 * which names are taken; this module only makes a wanted name safe.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Control characters (tabs, line breaks pasted into a cell) are not allowed either. */
const CONTROL = /[\u0000-\u001f\u007f]/g; // eslint-disable-line no-control-regex -- matching control characters is the point

/** Excel reserves this name for its change-tracking sheet. */
const RESERVED = ['history'];

/** Same name for Excel? Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Cut to `max` UTF-16 units without splitting a surrogate pair (an emoji). */
function truncate(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Remove apostrophes and spaces at either end, which Excel refuses or trims. */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, '');
}

/** A valid (not necessarily unique) sheet name for `wanted`; `fallback` when nothing is left. */
export function validSheetName(wanted: string, fallback = 'Blad'): string {
  const cleaned = trimEnds(wanted.replace(CONTROL, ' ').replace(FORBIDDEN, ' ').replace(/\s+/g, ' '));
  const cut = trimEnds(truncate(cleaned, MAX_SHEET_NAME_LENGTH));
  return cut === '' ? fallback : cut;
}

/**
 * A valid sheet name, as close to `wanted` as possible, not clashing with any
 * name in `taken` (ignoring case) nor with a reserved name. A clash adds
 * " (2)", " (3)", …, shortening the name so the suffix still fits in 31.
 */
export function safeSheetName(wanted: string, taken: Iterable<string>, fallback = 'Blad'): string {
  const takenLower = new Set([...taken].map((n) => n.toLowerCase()));
  const free = (name: string): boolean => !takenLower.has(name.toLowerCase()) && !RESERVED.includes(name.toLowerCase());
  const base = validSheetName(wanted, fallback);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimEnds(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length));
    const candidate = `${stem === '' ? fallback : stem}${suffix}`;
    if (free(candidate)) return candidate;
  }
}

/** Whether Excel accepts `name` as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    // Fresh non-global copies: .test on a /g regex keeps state between calls.
    !new RegExp(FORBIDDEN.source).test(name) &&
    !new RegExp(CONTROL.source).test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED.includes(name.toLowerCase())
  );
}
