/**
 * Sheet references inside formulas: 'Alt 1'!C12, Kostnader!D7. Used by the
 * adapter to point formulas at the temporary sheets it builds (Excel then
 * rewrites them when the sheets get their final names, as it does for any
 * rename) and by the emulation to model what Excel does to formulas when a
 * sheet is renamed (references follow) or deleted (they become #REF!).
 * Text inside "…" string literals is never touched.
 */

/**
 * Replace each sheet reference prefix (`Name!` or `'Name'!`) for which
 * `replace(name)` returns a string; that string replaces the whole prefix,
 * including the '!'.
 */
export function mapSheetRefs(formula: string, replace: (sheet: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === '!') {
        const r = replace(name);
        out += r ?? formula.slice(i, j + 2);
        i = j + 2;
        continue;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const ident = /^[\p{L}\p{N}_.]+/u.exec(formula.slice(i, i + 300));
    if (ident) {
      const end = i + ident[0].length;
      if (formula[end] === '!') {
        const r = replace(ident[0]);
        out += r ?? formula.slice(i, end + 1);
        i = end + 1;
      } else {
        out += ident[0];
        i = end;
      }
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
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
