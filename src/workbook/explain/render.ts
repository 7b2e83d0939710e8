/**
 * Rendering parts of a formula as arithmetic with the numbers used: a cell
 * becomes its value (with what it is), a price in öre `ROUND(x*100,0)`
 * becomes 'x kr', an index factor 'index 1,0712', a share of the year
 * 'm/12'. Every cell rendered is recorded as an input of the explanation.
 */
import { cellAddress, quoteSheetName } from '../a1';
import type { CellValue } from '../grid';
import { cellLabel, columnHeader, isYear, rowLabel, shortRowLabel } from './labels';
import { formatFactor, formatKr, formatNumber, formatValue } from './format';
import { say } from './messages';
import type { Node } from './parse';
import type { ExplainedInput, ExplainGrid, ExplainLanguage } from './types';

export type RefNode = Extract<Node, { kind: 'ref' }>;

export class Renderer {
  readonly inputs: ExplainedInput[] = [];
  constructor(
    readonly grid: ExplainGrid,
    readonly sheet: string,
    readonly language: ExplainLanguage,
  ) {}

  sheetOf(ref: RefNode): string {
    return ref.sheet ?? this.sheet;
  }

  value(ref: RefNode): CellValue {
    return this.grid.value(this.sheetOf(ref), ref.pos.top, ref.pos.left);
  }

  number(ref: RefNode): number {
    const v = this.value(ref);
    return typeof v === 'number' ? v : 0;
  }

  label(ref: RefNode): string {
    const address = cellAddress(ref.pos.top, ref.pos.left);
    return cellLabel(this.grid, this.sheetOf(ref), ref.pos.top, ref.pos.left, address);
  }

  /** Record a cell the explanation uses. */
  use(ref: RefNode): void {
    const address = cellAddress(ref.pos.top, ref.pos.left);
    const full = ref.sheet === undefined ? address : `${quoteSheetName(ref.sheet)}!${address}`;
    if (this.inputs.some((i) => i.ref === full)) return;
    this.inputs.push({ ref: full, label: this.label(ref), value: this.value(ref) });
  }

  /** A cell as a factor: '12/12' for a share of the year, 'index 1,0400', else '140 500 (antal elev)'. */
  factor(ref: RefNode): string {
    this.use(ref);
    const sheet = this.sheetOf(ref);
    const { top, left } = ref.pos;
    const formula = this.grid.formula(sheet, top, left);
    const months = formula && /^=\$?([A-Z]{1,3})\$?(\d+)\/12$/.exec(formula);
    if (months) {
      const m = this.grid.value(sheet, Number(months[2]) - 1, left);
      if (typeof m === 'number') return `${formatNumber(m, this.language)}/12`;
    }
    if (/^(indexfaktor|index factor)/i.test(rowLabel(this.grid, sheet, top, left)))
      return say(this.language, 'index', { value: formatFactor(this.number(ref), this.language) });
    return `${formatValue(this.value(ref), this.language)} (${this.shortLabel(sheet, top, left)})`;
  }

  /**
   * A factor's name in a few words: the column header ('Årsarbetare',
   * 'Trappkostnad (öre per år)'), unless the row's last label says the same
   * more precisely ('antal elev' under 'Antal') or the header is a year.
   */
  private shortLabel(sheet: string, row: number, col: number): string {
    const address = cellAddress(row, col);
    const short = shortRowLabel(this.grid, sheet, row, col, address);
    const header = columnHeader(this.grid, sheet, row, col);
    if (header === '' || /^\d{4}$/.test(header) || short.toLowerCase().includes(header.toLowerCase())) return short;
    return header;
  }

  /** A price in öre, `ROUND(cell*100,0)`: the cell's value in kr; undefined for other shapes. */
  orePrice(node: Node): string | undefined {
    if (node.kind !== 'call' || node.name !== 'ROUND' || node.args.length !== 2) return undefined;
    const inner = node.args[0]!;
    if (inner.kind !== 'binary' || inner.op !== '*' || inner.left.kind !== 'ref') return undefined;
    if (inner.right.kind !== 'number' || inner.right.value !== 100) return undefined;
    this.use(inner.left);
    return formatKr(this.number(inner.left), this.language);
  }

  /** A cell's value as text; a year ('År', 'Basår') without a thousands separator. */
  private plainValue(ref: RefNode): string {
    const v = this.value(ref);
    const label = rowLabel(this.grid, this.sheetOf(ref), ref.pos.top, ref.pos.left);
    if (isYear(v) && /(år|year)$/i.test(label)) return String(v);
    return formatValue(v, this.language);
  }

  /** Any expression with each cell replaced by its value: the fallback. */
  expression(node: Node): string {
    switch (node.kind) {
      case 'number':
        return formatNumber(node.value, this.language, 0, 10);
      case 'string':
        return `"${node.value}"`;
      case 'ref':
        if (!node.single) return node.text;
        this.use(node);
        return `${this.plainValue(node)} [${this.label(node)}]`;
      case 'call':
        return `${node.name}(${node.args.map((a) => this.expression(a)).join('; ')})`;
      case 'binary':
        return `${this.expression(node.left)} ${OPERATOR[node.op] ?? node.op} ${this.expression(node.right)}`;
      case 'negate':
        return `−${this.expression(node.operand)}`;
      case 'paren':
        return `(${this.expression(node.inner)})`;
    }
  }
}

const OPERATOR: Record<string, string> = { '*': '×', '/': '÷', '-': '−', '<>': '≠', '<=': '≤', '>=': '≥' };

/** The factors of a product chain a*b*c (left to right), or the node itself. */
export function factors(node: Node): Node[] {
  if (node.kind === 'binary' && node.op === '*') return [...factors(node.left), ...factors(node.right)];
  return [node];
}

/** The terms of a sum a+b+c (left to right), or the node itself. */
export function terms(node: Node): Node[] {
  if (node.kind === 'binary' && node.op === '+') return [...terms(node.left), ...terms(node.right)];
  return [node];
}
