/**
 * The blocks of the Kostnader sheet: solutions, cost lines, their price
 * tiers, and the current agreements (the baseline).
 */
import type {
  AllocationKey,
  CellRef,
  CostLine,
  CurrentAgreement,
  PricingBasis,
  Problem,
  Solution,
} from '../../../engine/model';
import {
  ALLOCATION_CHOICES,
  BASIS_CHOICES,
  COST_ITEM_CHOICES,
  RECURRENCE_CHOICES,
  TIER_CHOICES,
  matchChoice,
  type BasisChoice,
  type TierMode,
} from '../../schema/choices';
import { bandsWithoutTiers, tiersNeedDriver, tiersWithoutBands, unknownName } from '../messages';
import { NameRegistry } from '../names';
import { cellText } from '../parseText';
import type { RowReader } from '../rowReader';
import type { ColumnKey } from '../../schema/format';
import { allPresent, noteRowsNotRead, openBlock, type ReadContext } from './context';
import { resolveName, solutionList } from './references';

export function readSolutions(ctx: ReadContext): Solution[] {
  const rows = openBlock(ctx, 'solutions');
  if (rows === null) ctx.solutions.complete = false;
  noteRowsNotRead(ctx, 'solutions', 'name', ctx.solutions);
  const solutions: Solution[] = [];
  for (const r of rows ?? []) {
    const name = r.text('name', true);
    if (!name || !ctx.solutions.add(name, r.at('name'), ctx.problems)) continue;
    solutions.push({ id: name, name, source: r.at('name') });
  }
  return solutions;
}

/** A row of the cost lines block (tblKostnader): its getters take that block's column keys only. */
type CostLineRow = RowReader<ColumnKey<'costLines'>>;

/** A cost line as read, with what is needed to attach its price bands. */
interface LineRead {
  line: CostLine;
  tiersAt: ReturnType<RowReader['at']>;
}

export function readCostLines(ctx: ReadContext): CostLine[] {
  const rows = openBlock(ctx, 'costLines');
  if (rows === null) ctx.costLines.complete = false;
  noteRowsNotRead(ctx, 'costLines', 'id', ctx.costLines);
  const lines = new Map<string, LineRead>();
  for (const r of rows ?? []) {
    const read = readCostLine(ctx, r);
    if (read) lines.set(read.line.id, read);
  }
  attachTiers(ctx, lines);
  return [...lines.values()].map((l) => l.line);
}

function readCostLine(ctx: ReadContext, r: CostLineRow): LineRead | undefined {
  const solutionName = r.text('solution', true);
  const solutionId = solutionName
    ? resolveName(r, 'solution', solutionName, ctx.solutions, 'unknownSolution', {
        sv: 'tabellen Lösningar',
        en: 'the Solutions table',
      })
    : undefined;
  const item = r.choice('item', COST_ITEM_CHOICES, true);
  const recurrence = r.choice('recurrence', RECURRENCE_CHOICES, true);
  const basisChoice = r.choice('basis', BASIS_CHOICES, true);
  const mode = r.choice('tiers', TIER_CHOICES);
  const amount = mode ? (r.money('amount') ?? 0) : r.money('amount', true);
  const min = r.money('min');
  const max = r.money('max');
  const firstYear = r.year('firstYear');
  const lastYear = r.year('lastYear');
  const indexed = r.boolean('indexed');
  const allocation = readAllocation(ctx, r);
  const description = r.text('description');
  const provenance = r.text('provenance');
  const id = lineId(ctx, r, solutionId ?? solutionName ?? '', cellText(r.raw('item')));
  if (mode && basisChoice === 'fixed') {
    r.report(tiersNeedDriver(r.at('tiers')));
    return undefined;
  }
  if (
    !allPresent(solutionId, item, recurrence, basisChoice, amount, allocation, id) ||
    [mode, min, max, firstYear, lastYear, indexed, description, provenance].includes(undefined)
  )
    return undefined;
  const line: CostLine = {
    id: id!,
    solutionId: solutionId!,
    item: item!,
    recurrence: recurrence!,
    basis: basisOf(basisChoice!, mode ?? null),
    amount: amount!,
    indexed: indexed ?? true,
    allocation: allocation!,
    source: r.at('id'),
    cells: r.cells([
      'solution',
      'item',
      'recurrence',
      'basis',
      'tiers',
      'amount',
      'min',
      'max',
      'firstYear',
      'lastYear',
    ]),
  };
  if (min != null || max != null) line.range = { min: min ?? amount!, max: max ?? amount! };
  if (firstYear != null) line.firstYear = firstYear;
  if (lastYear != null) line.lastYear = lastYear;
  if (description) line.description = description;
  if (provenance) line.provenance = provenance;
  return { line, tiersAt: r.at('tiers') };
}

function basisOf(choice: BasisChoice, mode: TierMode | null): PricingBasis {
  if (choice === 'fixed') return { kind: 'fixed' };
  return mode ? { kind: 'tiered', driver: choice, mode, bands: [] } : { kind: 'perDriver', driver: choice };
}

/** Explicit Id, else "Solution: item as typed", numbered when repeated. */
function lineId(ctx: ReadContext, r: CostLineRow, solution: string, itemText: string): string | undefined {
  const explicit = r.text('id');
  if (explicit === undefined) return undefined;
  if (explicit) return ctx.costLines.add(explicit, r.at('id'), ctx.problems) ? explicit : undefined;
  return ctx.costLines.addNumbered(`${solution}: ${itemText}`, r.at('solution'));
}

/** Blank = by count; one of the allocation words; else the name of a percentage key. */
function readAllocation(ctx: ReadContext, r: CostLineRow): AllocationKey | undefined {
  const text = r.text('allocation');
  if (text === undefined) return undefined;
  if (!text) return { kind: 'driver' };
  const key = allocationKeyNamed(ctx, text);
  if (key === undefined && ctx.keys.complete) r.report(unknownAllocationKey(ctx, r.at('allocation'), text));
  return key; // when the keys table itself is broken, that is already reported
}

/** One of the allocation words, or the name of a percentage key; undefined for any other text. */
export function allocationKeyNamed(ctx: ReadContext, text: string): AllocationKey | undefined {
  const choice = matchChoice(ALLOCATION_CHOICES, text);
  if (choice) return { kind: choice };
  const keyId = ctx.keys.resolve(text);
  return keyId === undefined ? undefined : { kind: 'percent', keyId };
}

/** An allocation that is neither a word nor a key's name, at its cell. */
export function unknownAllocationKey(ctx: ReadContext, at: CellRef, text: string): Problem {
  const words = ALLOCATION_CHOICES.options;
  return unknownName(
    'unknownAllocationKey',
    at,
    text,
    ctx.keys.kind,
    {
      sv: `tabellen Fördelningsnycklar (Resurser), och är inte ${words.map((o) => o.sv).join(', ')}`,
      en: `the Allocation keys table (Resources), nor one of ${words.map((o) => o.en).join(', ')}`,
    },
    'error',
    ctx.keys.hintFor(text),
  );
}

function attachTiers(ctx: ReadContext, lines: Map<string, LineRead>): void {
  const rows = openBlock(ctx, 'tiers') ?? [];
  const withBands = new Set<string>();
  for (const r of rows) {
    const name = r.text('costLine', true);
    const from = r.integer('from', true);
    const to = r.integer('to');
    const price = r.money('price', true);
    if (!name) continue;
    const id = ctx.costLines.resolve(name);
    if (id === undefined) {
      if (ctx.costLines.complete)
        r.report(
          unknownName(
            'unknownChoice',
            r.at('costLine'),
            name,
            ctx.costLines.kind,
            { sv: 'tabellen Kostnadsrader', en: 'the Cost lines table' },
            'error',
            ctx.costLines.hintFor(name),
          ),
        );
      continue;
    }
    const read = lines.get(id);
    if (!read) continue; // the line itself had a problem, already reported
    const basis = read.line.basis;
    if (basis.kind !== 'tiered') {
      r.report(bandsWithoutTiers(r.at('costLine'), id));
      continue;
    }
    withBands.add(id);
    if (from == null || to === undefined || price == null) continue;
    basis.bands.push({ from, to, price, source: r.at('costLine'), cells: r.cells(['from', 'to', 'price']) });
  }
  for (const [id, read] of lines) {
    if (read.line.basis.kind === 'tiered' && !withBands.has(id)) ctx.problems.push(tiersWithoutBands(read.tiersAt, id));
  }
}

export function readAgreements(ctx: ReadContext): CurrentAgreement[] {
  const rows = openBlock(ctx, 'agreements') ?? [];
  const names = new NameRegistry({ sv: 'avtalet', en: 'agreement' });
  const agreements: CurrentAgreement[] = [];
  for (const r of rows) {
    const name = r.text('name', true);
    const solutionIds = solutionList(r, 'solutions', ctx.solutions);
    const annualCost = r.money('annualCost', true);
    const expires = r.date('expires', true);
    const runOn = r.money('runOn');
    const indexed = r.boolean('indexed');
    const provenance = r.text('provenance');
    if (!name || !names.add(name, r.at('name'), ctx.problems)) continue;
    if (
      !allPresent(solutionIds, annualCost, expires) ||
      runOn === undefined ||
      indexed === undefined ||
      provenance === undefined
    )
      continue;
    const agreement: CurrentAgreement = {
      id: name,
      name,
      solutionIds: solutionIds!,
      annualCost: annualCost!,
      expires: expires!,
      // Blank: the same cost per month as today.
      monthlyRunOnCost: runOn ?? Math.round(annualCost! / 12),
      indexed: indexed ?? true,
      source: r.at('name'),
      cells: r.cells(['solutions', 'annualCost', 'expires', 'runOn']),
    };
    if (provenance) agreement.provenance = provenance;
    agreements.push(agreement);
  }
  return agreements;
}
