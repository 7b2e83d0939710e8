/**
 * The formula shapes the writer emits (docs/formulas.md), each recognised
 * on the syntax tree and told as arithmetic with the numbers used. A
 * recogniser returns undefined when the formula is not its shape; the
 * explainer then tries the next one and finally shows the formula with its
 * values.
 */
import { cellAddress } from '../a1';
import { columnHeader, rowLabel } from './labels';
import { formatKr, formatNumber } from './format';
import { say } from './messages';
import type { Node } from './parse';
import { factors, terms, type RefNode, type Renderer } from './render';

const isNumber = (n: Node | undefined, value: number): boolean => n?.kind === 'number' && n.value === value;
const isRef = (n: Node | undefined): n is RefNode => n?.kind === 'ref' && n.single;
const isRange = (n: Node | undefined): n is RefNode => n?.kind === 'ref' && !n.single;

/** One cost term `ROUND(öre × factors / 100, 0)`: '45 kr × 140 500 (antal elev) × index 1,0400 × 12/12'. */
function entryTerm(r: Renderer, node: Node): string | undefined {
  if (node.kind !== 'call' || node.name !== 'ROUND' || !isNumber(node.args[1], 0)) return undefined;
  const body = node.args[0]!;
  if (body.kind !== 'binary' || body.op !== '/' || !isNumber(body.right, 100)) return undefined;
  const all = factors(body.left);
  const parts: string[] = [];
  // Every entry starts from an öre amount: a price `ROUND(kr*100,0)`, or (tiered lines) the helper cell
  // holding the tier cost in öre per year, shown here in kronor so the chain reads in one unit.
  const first = all[0]!;
  const price = r.orePrice(first);
  if (price !== undefined) parts.push(price);
  else if (isRef(first)) {
    r.use(first);
    parts.push(`${formatKr(r.number(first) / 100, r.language)} (${say(r.language, 'tierCost')})`);
  } else return undefined;
  for (const f of all.slice(1)) {
    const part = isRef(f) ? r.factor(f) : f.kind === 'number' ? formatNumber(f.value, r.language) : r.orePrice(f);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return parts.join(' × ');
}

/** A cost entry: one term, or the sum of terms (an agreement's expiry year, the baseline). */
export function entry(r: Renderer, node: Node, result: number): string | undefined {
  const parts = terms(node).map((t) => entryTerm(r, t));
  if (parts.some((p) => p === undefined)) return undefined;
  const arithmetic = parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(' + ');
  return `${arithmetic} = ${formatKr(result, r.language)} ${say(r.language, 'roundedKr')}`;
}

/** SUM(range): over years ('summan av 10 år (2023–2032)') or rows. */
export function sum(r: Renderer, node: Node, result: number): string | undefined {
  if (node.kind !== 'call' || node.name !== 'SUM' || node.args.length !== 1 || !isRange(node.args[0])) return undefined;
  const range = node.args[0];
  const sheet = r.sheetOf(range);
  const { top, left, bottom, right } = range.pos;
  let text: string;
  if (top === bottom) {
    const first = columnHeader(r.grid, sheet, top, left) || cellAddress(top, left);
    const last = columnHeader(r.grid, sheet, top, right) || cellAddress(top, right);
    text = say(r.language, 'sumYears', { count: right - left + 1, first, last });
  } else if (left === right) {
    const first = rowLabel(r.grid, sheet, top, left) || cellAddress(top, left);
    const last = rowLabel(r.grid, sheet, bottom, left) || cellAddress(bottom, left);
    text = say(r.language, 'sumRows', { count: bottom - top + 1, first, last });
  } else {
    text = say(r.language, 'sumCells', { count: (bottom - top + 1) * (right - left + 1), range: range.text });
  }
  return `${text} = ${formatKr(result, r.language)}`;
}

/** IF(count=0,"–",ROUND(cost*100/count,0)/100), with count optionally (users*COUNT(years)). */
export function perUser(r: Renderer, node: Node, result: number | string): string | undefined {
  if (node.kind !== 'call' || node.name !== 'IF' || node.args.length !== 3) return undefined;
  const [test, dash, body] = node.args as [Node, Node, Node];
  if (dash.kind !== 'string' || test.kind !== 'binary' || test.op !== '=' || !isRef(test.left)) return undefined;
  if (body.kind !== 'binary' || body.op !== '/' || !isNumber(body.right, 100)) return undefined;
  const round = body.left;
  if (round.kind !== 'call' || round.name !== 'ROUND') return undefined;
  const division = round.args[0];
  if (division?.kind !== 'binary' || division.op !== '/') return undefined;
  const cost = division.left;
  if (cost.kind !== 'binary' || cost.op !== '*' || !isRef(cost.left) || !isNumber(cost.right, 100)) return undefined;
  const count = test.left;
  r.use(cost.left);
  r.use(count);
  if (typeof result === 'string') return say(r.language, 'notApplicable', { label: r.label(count) });
  let divisor = r.factor(count);
  const by = division.right.kind === 'paren' ? division.right.inner : division.right;
  if (by.kind === 'binary' && by.op === '*' && by.right.kind === 'call' && by.right.name === 'COUNT') {
    const years = by.right.args[0];
    const n = isRange(years) ? years.pos.right - years.pos.left + 1 : 0;
    divisor = `(${divisor} × ${say(r.language, 'years', { count: n })})`;
  }
  const costText = formatKr(r.number(cost.left), r.language);
  return `${costText} ÷ ${divisor} = ${formatKr(result, r.language)} ${say(r.language, 'roundedOre')}`;
}

/** ROUND(SUMPRODUCT(amounts, discount factors),0): the present value. */
export function npv(r: Renderer, node: Node, result: number): string | undefined {
  if (node.kind !== 'call' || node.name !== 'ROUND') return undefined;
  const inner = node.args[0];
  if (inner?.kind !== 'call' || inner.name !== 'SUMPRODUCT' || inner.args.length !== 2) return undefined;
  const [amounts, discount] = inner.args as [Node, Node];
  if (!isRange(amounts) || !isRange(discount)) return undefined;
  const range = (n: RefNode): string => `${r.label({ ...n, pos: { ...n.pos, right: n.pos.left } })} …`;
  const text = say(r.language, 'npv', { range: range(amounts), factors: range(discount) });
  return `${text} = ${formatKr(result, r.language)} ${say(r.language, 'roundedKr')}`;
}

/** SUMIFS(shares, ordinals, payer, years, year): a payer's allocation in one year. */
export function allocationSum(r: Renderer, node: Node, result: number): string | undefined {
  if (node.kind !== 'call' || node.name !== 'SUMIFS' || !isRange(node.args[0])) return undefined;
  const shares = node.args[0];
  const yearRef = node.args[node.args.length - 1];
  const yearValue = isRef(yearRef) ? r.value(yearRef) : '';
  const year = typeof yearValue === 'object' && yearValue !== null ? yearValue.error : String(yearValue);
  // Five arguments: one payer's shares in a year; three: the year's amounts no payer could take.
  const key = node.args.length === 5 ? 'allocationSum' : 'unallocatedSum';
  const text = say(r.language, key, { year, first: shares.pos.top + 1, last: shares.pos.bottom + 1 });
  return `${text} = ${formatKr(result, r.language)}`;
}

/** IF(Σw>0, floor+IF(rank<=k,1,0), 0): one payer's share of one entry in the helper block. */
export function allocationShare(r: Renderer, node: Node, result: number): string | undefined {
  if (node.kind !== 'call' || node.name !== 'IF' || node.args.length !== 3) return undefined;
  const [test, body] = node.args as [Node, Node];
  if (test.kind !== 'binary' || test.op !== '>' || !isRef(test.left)) return undefined;
  if (body.kind !== 'binary' || body.op !== '+' || !isRef(body.left)) return undefined;
  const extra = body.right;
  if (extra.kind !== 'call' || extra.name !== 'IF') return undefined;
  // The entry's amount sits just left of Σ weights in the block (columns K and L).
  const sumWeights = test.left;
  const amountRef: RefNode = {
    ...sumWeights,
    pos: { ...sumWeights.pos, left: sumWeights.pos.left - 1, right: sumWeights.pos.left - 1 },
  };
  r.use(amountRef);
  r.use(body.left);
  const floor = r.number(body.left);
  const amountLabel = rowLabel(r.grid, r.sheetOf(amountRef), amountRef.pos.top, amountRef.pos.left);
  const amount = `${formatKr(r.number(amountRef), r.language)}${amountLabel ? ` (${amountLabel})` : ''}`;
  const text = say(r.language, 'allocationShare', {
    amount,
    floor: formatKr(floor, r.language),
    extra: formatNumber(result - floor, r.language),
  });
  return `${text} = ${formatKr(result, r.language)}`;
}

/** ='Other sheet'!C12: a figure taken from a scenario sheet. */
export function crossSheet(r: Renderer, node: Node, result: string): string | undefined {
  if (!isRef(node) || node.sheet === undefined || node.sheet === r.sheet) return undefined;
  r.use(node);
  const text = say(r.language, 'crossSheet', {
    sheet: node.sheet,
    cell: cellAddress(node.pos.top, node.pos.left),
    label: r.label(node),
  });
  return `${text} = ${result}`;
}
