/**
 * A small tokenizer for formulas in Excel's invariant (en-US) syntax, as the
 * writer emits them: numbers, "text", cell and range references with an
 * optional sheet prefix, function names, operators, parentheses and commas.
 * No eval: the explainer only reads the structure. Unknown characters give
 * undefined, and the caller falls back to the plain formula.
 */

export type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ref'; sheet: string | undefined; text: string }
  | { kind: 'func'; name: string }
  | { kind: 'op'; value: string }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'comma' };

const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CELL = /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w(])/y;
const NAME = /[A-Za-z_][\w.]*/y;
const BARE_SHEET = /[\p{L}\p{N}_.]+!/uy;
const OPS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>'];

function match(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/** 'Sheet name'! at `at` → [name, length] (apostrophes doubled inside). */
function quotedSheet(text: string, at: number): [string, number] | undefined {
  let j = at + 1;
  while (j < text.length) {
    if (text[j] === "'" && text[j + 1] === "'") j += 2;
    else if (text[j] === "'") break;
    else j += 1;
  }
  if (text[j + 1] !== '!') return undefined;
  return [text.slice(at + 1, j).replace(/''/g, "'"), j + 2 - at];
}

export function tokenize(formula: string): Token[] | undefined {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ') {
      i += 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) {
        value += text[j];
        j += text[j] === '"' ? 2 : 1;
      }
      out.push({ kind: 'string', value });
      i = j + 1;
      continue;
    }
    let sheet: string | undefined;
    let at = i;
    if (ch === "'") {
      const q = quotedSheet(text, i);
      if (!q) return undefined;
      [sheet, at] = [q[0], i + q[1]];
    } else {
      const bare = match(BARE_SHEET, text, i);
      if (bare) [sheet, at] = [bare.slice(0, -1), i + bare.length];
    }
    const cell = match(CELL, text, at);
    if (cell) {
      out.push({ kind: 'ref', sheet, text: cell.toUpperCase() });
      i = at + cell.length;
      continue;
    }
    if (sheet !== undefined) return undefined;
    const num = match(NUMBER, text, i);
    if (num) {
      out.push({ kind: 'number', value: Number(num) });
      i += num.length;
      continue;
    }
    const name = match(NAME, text, i);
    if (name && text[i + name.length] === '(') {
      out.push({ kind: 'func', name: name.toUpperCase() });
      out.push({ kind: 'open' });
      i += name.length + 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push(ch === '(' ? { kind: 'open' } : ch === ')' ? { kind: 'close' } : { kind: 'comma' });
      i += 1;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) return undefined;
    out.push({ kind: 'op', value: op });
    i += op.length;
  }
  return out;
}
