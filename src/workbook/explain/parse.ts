/**
 * Formula tokens → a small syntax tree, by precedence climbing (comparison,
 * then &, + −, × ÷, ^, unary minus). Returns undefined for anything it does
 * not understand; the explainer then shows the formula with its values.
 */
import { parseRange, type RangePos } from '../a1';
import { tokenize, type Token } from './tokens';

export type Node =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ref'; sheet: string | undefined; text: string; pos: RangePos; single: boolean }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'negate'; operand: Node }
  | { kind: 'paren'; inner: Node };

const LEVELS: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node | undefined {
    const node = this.binary(0);
    return node && this.at === this.tokens.length ? node : undefined;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private binary(level: number): Node | undefined {
    if (level === LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (!left || t?.kind !== 'op' || !LEVELS[level]!.includes(t.value)) return left;
      this.at += 1;
      const right = this.binary(level + 1);
      if (!right) return undefined;
      left = { kind: 'binary', op: t.value, left, right };
    }
  }

  private unary(): Node | undefined {
    const t = this.peek();
    if (t?.kind === 'op' && (t.value === '-' || t.value === '+')) {
      this.at += 1;
      const operand = this.unary();
      return operand && (t.value === '-' ? { kind: 'negate', operand } : operand);
    }
    return this.primary();
  }

  private primary(): Node | undefined {
    const t = this.peek();
    this.at += 1;
    if (!t) return undefined;
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.kind === 'string') return { kind: 'string', value: t.value };
    if (t.kind === 'ref') {
      const pos = parseRange(t.text);
      return { kind: 'ref', sheet: t.sheet, text: t.text, pos, single: !t.text.includes(':') };
    }
    if (t.kind === 'open') {
      const inner = this.binary(0);
      return inner && this.expect('close') ? { kind: 'paren', inner } : undefined;
    }
    if (t.kind === 'func') {
      this.at += 1; // the '(' the tokenizer emits after every function name
      const args: Node[] = [];
      if (this.peek()?.kind === 'close') {
        this.at += 1;
        return { kind: 'call', name: t.name, args };
      }
      for (;;) {
        const arg = this.binary(0);
        if (!arg) return undefined;
        args.push(arg);
        const next = this.peek();
        this.at += 1;
        if (next?.kind === 'close') return { kind: 'call', name: t.name, args };
        if (next?.kind !== 'comma') return undefined;
      }
    }
    return undefined;
  }

  private expect(kind: Token['kind']): boolean {
    if (this.peek()?.kind !== kind) return false;
    this.at += 1;
    return true;
  }
}

export function parseFormula(formula: string): Node | undefined {
  const tokens = tokenize(formula);
  return tokens ? new Parser(tokens).parseAll() : undefined;
}
