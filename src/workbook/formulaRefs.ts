/**
 * Sheet references inside formulas: 'Alt 1'!C12, Kostnader!D7. Used by the
 * adapter to point formulas at the temporary sheets it builds (Excel then
 * rewrites them when the sheets get their final names, as it does for any
 * rename) and by the emulation to model what Excel does to formulas when a
 * sheet is renamed (references follow) or deleted (they become #REF!).
 * Text inside "…" string literals is never touched.
 *
 * Why it is written for speed: a write of the Stockholm sample passes about
 * 70 000 formulas through here once per sheet rename (a dozen renames per
 * write), and only a few hundred of them mention another sheet. A formula
 * without '!' cannot hold a reference, so it is returned as it is without
 * scanning; the others are scanned once, left to right, copying untouched
 * stretches in slices instead of character by character.
 */

/** A sheet name written bare: letters, digits, '_' and '.' (e.g. Kostnader, Blad1). */
const BARE_NAME = /[\p{L}\p{N}_.]+/uy;

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BANG = 0x21; // !

/** Index just past the "…" literal opening at `start` ("" inside is an escaped quote). */
function endOfText(formula: string, start: number): number {
  let j = start + 1;
  while (j < formula.length) {
    if (formula.charCodeAt(j) !== QUOTE) j += 1;
    else if (formula.charCodeAt(j + 1) === QUOTE) j += 2;
    else return j + 1;
  }
  return j + 1;
}

/** Index of the apostrophe closing the '…' name opening at `start` ('' inside is an escaped apostrophe). */
function closingApostrophe(formula: string, start: number): number {
  let j = start + 1;
  while (j < formula.length) {
    if (formula.charCodeAt(j) !== APOSTROPHE) j += 1;
    else if (formula.charCodeAt(j + 1) === APOSTROPHE) j += 2;
    else return j;
  }
  return j;
}

/**
 * Replace each sheet reference prefix (`Name!` or `'Name'!`) for which
 * `replace(name)` returns a string; that string replaces the whole prefix,
 * including the '!'.
 */
export function mapSheetRefs(formula: string, replace: (sheet: string) => string | undefined): string {
  if (!formula.includes('!')) return formula;
  let out = '';
  let copied = 0; // formula[copied…i) is still to be copied to `out`
  let changed = false;
  const substitute = (start: number, end: number, name: string): void => {
    const r = replace(name);
    if (r === undefined) return;
    out += formula.slice(copied, start) + r;
    copied = end;
    changed = true;
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charCodeAt(i);
    if (ch === QUOTE) {
      i = endOfText(formula, i);
      continue;
    }
    if (ch === APOSTROPHE) {
      const j = closingApostrophe(formula, i);
      if (formula.charCodeAt(j + 1) === BANG) {
        substitute(i, j + 2, formula.slice(i + 1, j).replace(/''/g, "'"));
        i = j + 2;
      } else i = j + 1;
      continue;
    }
    BARE_NAME.lastIndex = i;
    if (BARE_NAME.test(formula)) {
      const end = BARE_NAME.lastIndex;
      if (formula.charCodeAt(end) === BANG) {
        substitute(i, end + 1, formula.slice(i, end));
        i = end + 1;
      } else i = end;
      continue;
    }
    i += 1;
  }
  return changed ? out + formula.slice(copied) : formula;
}

/** The sheet names a formula refers to. */
export function sheetRefs(formula: string): string[] {
  const names: string[] = [];
  mapSheetRefs(formula, (name) => {
    names.push(name);
    return undefined;
  });
  return names;
}

/** 'Name'! with apostrophes doubled: a prefix that is valid for any sheet name. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
