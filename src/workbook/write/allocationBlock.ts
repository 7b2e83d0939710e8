/**
 * The allocation of every cost entry to its payers as formulas: largest
 * remainder in whole kronor (Hamilton's method, src/engine/allocate.ts) laid
 * out in the helper area, one block of rows per entry and one row per payer
 * the entry reaches, in payer-id order:
 *
 *   E weight      count × share (or 1, or a key's percentage)
 *   F quota       = amount × weight / Σ weights
 *   G floor       = INT(quota), +1 when the remainder rounds up to a whole krona
 *   H remainder   in 1e-9 kr: MOD(ROUND((quota − INT(quota)) × 1E9, 0), 1E9)
 *   I rank        1 + COUNTIFS of payers with a larger remainder, or an equal
 *                 one and a smaller ordinal (payers with weight 0 last)
 *   J share       = floor + 1 when rank ≤ k, where k = amount − Σ floors
 *
 * The allocation section sums column J per payer and year with SUMIFS; the
 * unallocated row sums column N (amount − Σ shares) per year. Only functions
 * Excel 2016 and LibreOffice both have: IF, INT, MOD, ROUND, SUM, SUMIFS,
 * COUNTIFS. See docs/formulas.md.
 *
 * Above ALLOCATION_HELPER_LIMIT helper cells (huge models) the block is not
 * written and the allocation stays values, with a note on the sheet.
 */
import {
  allocationDriver,
  anySolutionBase,
  keyWeights,
  sharedCostBase,
  sharedCostKey,
  sharedCostSolutions,
  sharedCostWeights,
  solutionBase,
  usersWeights,
  type WeightSet,
} from '../../engine/base';
import type { Alternative, CostEntry, CostModel, Driver, ScenarioResult } from '../../engine/model';
import type { ModelIndex } from '../../engine/modelIndex';
import { schoolFormWeights } from '../../engine/oldAgreements';
import { label, type LabelKey } from '../labels';
import { address } from './a1';
import type { PlannedCell, PlannedValue } from '../plan';
import { formulaCell, numberCell, textCell, type Ref } from './cells';
import { FORMATS } from './formats';
import type { HelperArea, Placement } from './helperArea';
import { NumberExtremes } from './columnFit';
import { mirrorAllocation, type MirrorPayer, type MirrorResult } from './allocationMirror';
import { MAX_FORMULA_LENGTH } from './entryHelpers';
import type { SheetContext } from './layout';
import type { PayerSnapshotRefs, SnapshotRefs } from './scenarioSnapshot';
import { kronor } from '../../engine/money';

/**
 * Above this many helper cells a sheet keeps its allocation as values (about
 * 110 000 payer × entry rows, a tenth of Excel's 1 048 576 rows). The sample
 * with 64× its payers (576) has 610 000–810 000 per scenario sheet and keeps
 * its formulas; at about 80× the largest sheet passes the limit. Where it
 * lies: at 64× the whole workbook (2.7 million helper cells) is planned in
 * about 1.5 s and written to .xlsx in about 6 s of CPU (the block's rows are
 * lazy, produced as they are written), within the 15 s write budget
 * (docs/benchmarks.md); twice that would not be.
 */
export const ALLOCATION_HELPER_LIMIT = 1_000_000;
/** Cells per payer row (B–J) and per entry (A, K–N): the size estimate checked against the limit. */
const CELLS_PER_PAYER_ROW = 9;
const CELLS_PER_ENTRY = 5;

const COL = {
  label: 0,
  payer: 1,
  year: 2,
  ordinal: 3,
  weight: 4,
  quota: 5,
  floor: 6,
  remainder: 7,
  rank: 8,
  share: 9,
  amount: 10,
  weightSum: 11,
  leftover: 12,
  unallocated: 13,
} as const;

/** One payer of an entry: its weight as a formula of the snapshot (or a value) and its value. */
export interface WeightCell {
  payerId: string;
  formula: string | null;
  value: number;
}

/** The amount cell of an entry in the block: a formula (a reference to the cost table, or the entry's term) or a value. */
export interface AmountCell {
  formula: string | null;
  value: number;
}

export interface AllocationColumns {
  share: string;
  ordinal: string;
  year: string;
  unallocated: string;
}

/** Every entry's weights, and what its block computes from them (the mirror the engine's shares were checked against). */
export interface FormulaAllocation {
  kind: 'formulas';
  weights: WeightCell[][];
  mirrors: MirrorResult[];
}

export type AllocationPlan =
  FormulaAllocation | { kind: 'values'; reason: 'tooLarge' | 'notTraceable'; helperCells: number };

/**
 * Decides whether the allocation can be formulas: every entry's weights are
 * known, the block is within the limit, and the formulas' arithmetic (the
 * mirror) gives exactly the engine's shares per payer and year.
 */
export function planAllocation(
  index: ModelIndex,
  model: CostModel,
  alternative: Alternative,
  scenario: ScenarioResult,
  snapshot: SnapshotRefs,
  ordinals: Map<string, number>,
): AllocationPlan {
  const weights: WeightCell[][] = [];
  const formulas: WeightFormulas = new Map();
  // An entry's weights depend on its contract and source, not on its year: built once for every year's entry.
  const built = new Map<string, WeightCell[]>();
  let helperCells = 0;
  for (const entry of scenario.entries) {
    const key = weightsKey(entry);
    const budget = ALLOCATION_HELPER_LIMIT - helperCells;
    let set: WeightCell[] | null | 'tooLarge' | undefined = built.get(key);
    if (set !== undefined && Math.max(1, set.length) * CELLS_PER_PAYER_ROW + CELLS_PER_ENTRY > budget) set = 'tooLarge';
    // The budget stops a huge model before it builds millions of weight cells it will not write.
    set ??= weightsOf(index, model, alternative, snapshot, entry, budget, formulas);
    if (set === 'tooLarge') return { kind: 'values', reason: 'tooLarge', helperCells };
    if (set === null) return { kind: 'values', reason: 'notTraceable', helperCells };
    built.set(key, set);
    weights.push(set);
    helperCells += Math.max(1, set.length) * CELLS_PER_PAYER_ROW + CELLS_PER_ENTRY;
  }
  if (helperCells > ALLOCATION_HELPER_LIMIT) return { kind: 'values', reason: 'tooLarge', helperCells };

  const yearIndex = new Map(scenario.years.map((y, i) => [y, i]));
  // Kronor per year and payer (by position: no key string made per payer and entry).
  const payerIndex = new Map<string, number>();
  const byYear = new Map<number, number[]>();
  const givenIn = (year: number): number[] => {
    let payers = byYear.get(year);
    if (payers === undefined) {
      payers = [];
      byYear.set(year, payers);
    }
    return payers;
  };
  const positionOf = (payerId: string): number => {
    let p = payerIndex.get(payerId);
    if (p === undefined) {
      p = payerIndex.size;
      payerIndex.set(payerId, p);
    }
    return p;
  };
  const unallocated = scenario.years.map(() => 0);
  let overshoot = false;
  const mirrors: MirrorResult[] = [];
  // Per weight set (shared by every year's entry of a cost line): its payers as the mirror takes them, and their positions.
  const ofSet = new Map<WeightCell[], { payers: MirrorPayer[]; positions: Int32Array }>();
  scenario.entries.forEach((entry, e) => {
    const set = weights[e] as WeightCell[];
    const totalKr = kronor(entry.amount);
    let known = ofSet.get(set);
    if (known === undefined) {
      known = {
        payers: set.map((w) => ({ weight: w.value, ordinal: ordinals.get(w.payerId) ?? 0 })),
        positions: Int32Array.from(set, (w) => positionOf(w.payerId)),
      };
      ofSet.set(set, known);
    }
    const mirror = mirrorAllocation(totalKr, known.payers);
    mirrors.push(mirror);
    if (mirror.leftover < 0 || totalKr < 0) overshoot = true;
    const inYear = givenIn(entry.year);
    let given = 0;
    for (let i = 0; i < set.length; i++) {
      const share = mirror.shares[i]!;
      const p = known.positions[i]!;
      inYear[p] = (inYear[p] ?? 0) + share;
      given += share;
    }
    const y = yearIndex.get(entry.year);
    if (y !== undefined) unallocated[y] = (unallocated[y] as number) + totalKr - given;
  });
  const givenTo = (payerId: string, year: number): number => {
    const p = payerIndex.get(payerId);
    return p === undefined ? 0 : (byYear.get(year)?.[p] ?? 0);
  };
  const same =
    !overshoot &&
    scenario.payerYears.every((py) => givenTo(py.payerId, py.year) * 100 === py.amount) &&
    scenario.unallocatedByYear.every((u, y) => (unallocated[y] as number) * 100 === u);
  return same ? { kind: 'formulas', weights, mirrors } : { kind: 'values', reason: 'notTraceable', helperCells };
}

/**
 * A payer's weight formula depends on the payer and on how the entry weighs
 * (key kind, driver, which solutions' shares): the same for every year and
 * every contract of a cost line. Built once per payer and way of weighing
 * (way → payerId → formula), not once per entry and payer.
 */
type WeightFormulas = Map<string, Map<string, { formula: string; value: number } | null>>;

/** What an entry's weights depend on: its contract and its source (never its year or amount). */
function weightsKey(entry: CostEntry): string {
  const source = entry.source;
  const id =
    source.kind === 'costLine'
      ? source.costLineId
      : source.kind === 'internalResource'
        ? source.resourceId
        : source.kind === 'runOn'
          ? `${source.agreementId}\u0000${source.schoolForm ?? ''}`
          : '';
  return `${entry.contractId ?? ''}\u0000${source.kind}\u0000${id}`;
}

/** The entry's weight set as the engine builds it (src/engine/base.ts), with a formula per weight where the snapshot allows. */
function weightsOf(
  index: ModelIndex,
  model: CostModel,
  alternative: Alternative,
  snapshot: SnapshotRefs,
  entry: CostEntry,
  budget: number,
  formulas: WeightFormulas,
): WeightCell[] | null | 'tooLarge' {
  const contract = alternative.contracts.find((c) => c.id === entry.contractId);
  const source = entry.source;
  let set: WeightSet;
  let shareOf: string[] | null; // solutions whose largest (or summed) share multiplies the count; null = share 1
  let combine: 'max' | 'sum' = 'max';
  let kind: 'driver' | 'even' | 'weighted' | 'percent' = 'driver';
  let driver: Driver = 'users';
  switch (source.kind) {
    case 'costLine': {
      const line = model.costLines.find((l) => l.id === source.costLineId);
      if (line === undefined || contract === undefined) return null;
      driver = allocationDriver(line);
      kind = line.allocation.kind;
      set = keyWeights(index, solutionBase(index, contract, line.solutionId), line.allocation, driver);
      shareOf = [line.solutionId];
      break;
    }
    case 'procurement':
    case 'contractManagement':
    case 'internalResource':
      // The one rule for shared costs (engine: sharedCostWeights): the workbook's key over the
      // payers reached, shares summed over the contract's solutions (every solution for internal
      // staff); a cost nobody has users for goes to the named payer, whose weight 1 is a value.
      if (source.kind !== 'internalResource' && contract === undefined) return null;
      set = sharedCostWeights(index, sharedCostBase(index, contract, alternative));
      kind = sharedCostKey(index).kind;
      shareOf = sharedCostSolutions(index, contract, alternative);
      combine = 'sum';
      break;
    case 'runOn': {
      const agreement = model.currentAgreements.find((a) => a.id === source.agreementId);
      if (agreement === undefined) return null;
      set = usersWeights(index, anySolutionBase(index, agreement.solutionIds));
      // Run-on past expiry is charged to one school form's payers (engine: runOnParts).
      if (source.schoolForm !== undefined) set = schoolFormWeights(index, set, source.schoolForm);
      shareOf = [...new Set(agreement.solutionIds)];
      break;
    }
  }
  if (Math.max(1, set.positions.length) * CELLS_PER_PAYER_ROW + CELLS_PER_ENTRY > budget) return 'tooLarge';
  const way = `${kind}\u0000${driver}\u0000${combine}\u0000${shareOf === null ? '' : shareOf.join('\u0000')}`;
  let byPayer = formulas.get(way);
  if (byPayer === undefined) {
    byPayer = new Map();
    formulas.set(way, byPayer);
  }
  const cells: WeightCell[] = [];
  for (let i = 0; i < set.positions.length; i++) {
    const payer = index.payers[set.positions[i] as number];
    if (payer === undefined) return null;
    const engineWeight = set.weights[i] as number;
    let built = byPayer.get(payer.id);
    if (built === undefined) {
      const refs = snapshot.payers.get(payer.id);
      built = refs === undefined ? null : weightFormula(refs, kind, driver, shareOf, combine, payer.weight);
      byPayer.set(payer.id, built);
    }
    const formula = built !== null && built.value === engineWeight ? built.formula : null;
    cells.push({ payerId: payer.id, formula, value: engineWeight });
  }
  return cells;
}

function weightFormula(
  refs: PayerSnapshotRefs,
  kind: 'driver' | 'even' | 'weighted' | 'percent',
  driver: Driver,
  shareOf: string[] | null,
  combine: 'max' | 'sum',
  payerWeight: number | undefined,
): { formula: string; value: number } | null {
  let share: { formula: string; value: number } | null = null;
  if (shareOf !== null) {
    const cells = shareOf.map((id) => refs.shares.get(id));
    if (cells.some((c) => c === undefined)) return null;
    const present = cells as Ref[];
    if (combine === 'sum') {
      // Added left to right from the first share, as the engine does (summedSolutionBase), and as
      // a chain rather than SUM (LibreOffice's SUM adds with compensation, the engine plainly).
      let value = 0;
      for (const c of present) value += c.value as number;
      share = {
        formula: present.length === 1 ? address(present[0]!.pos) : `(${present.map((c) => address(c.pos)).join('+')})`,
        value,
      };
    } else {
      const value = Math.max(0, ...present.map((c) => c.value as number));
      share = {
        formula:
          present.length === 1 ? address(present[0]!.pos) : `MAX(${present.map((c) => address(c.pos)).join(',')})`,
        value,
      };
    }
  }
  switch (kind) {
    case 'driver': {
      const count = refs.counts[driver];
      const c = count.value as number;
      return share === null
        ? { formula: address(count.pos), value: c }
        : { formula: `${address(count.pos)}*${share.formula}`, value: c * share.value };
    }
    case 'weighted': {
      if (share === null) return null;
      const w = Math.max(0, payerWeight ?? 1);
      const users = refs.counts.users;
      return {
        formula: `${w}*${address(users.pos)}*${share.formula}`,
        value: w * (users.value as number) * share.value,
      };
    }
    case 'even':
    case 'percent':
      return null; // a constant per payer: written as a value
  }
}

/**
 * Writes the block into the helper area and returns the column ranges the
 * allocation section sums. `amounts[e]` is entry e's amount cell.
 *
 * The block's rows are reserved in the area and written when the area is
 * placed, with final addresses: one string per formula, built from the row
 * number and the entry's fixed parts (no tokens to replace afterwards).
 */
export function writeAllocationBlock(
  ctx: SheetContext,
  area: HelperArea,
  scenario: ScenarioResult,
  allocation: FormulaAllocation,
  amounts: AmountCell[],
  entryLabels: string[],
  payerNames: Map<string, string>,
  ordinals: Map<string, Ref>,
): AllocationColumns {
  const g = area.grid;
  const t = (key: LabelKey): string => label(ctx.language, key);
  g.put(g.row(), 0, textCell(t('helperAllocation'), 'subtitle'));
  g.put(g.row(), 0, textCell(t('helperAllocationNote'), 'note'));
  const header = g.row();
  const headers: [number, LabelKey][] = [
    [COL.label, 'costEntry'],
    [COL.payer, 'payer'],
    [COL.year, 'year'],
    [COL.ordinal, 'ordinal'],
    [COL.weight, 'weight'],
    [COL.quota, 'quota'],
    [COL.floor, 'floorKr'],
    [COL.remainder, 'remainderSteps'],
    [COL.rank, 'rank'],
    [COL.share, 'shareKr'],
    [COL.amount, 'entryAmountKr'],
    [COL.weightSum, 'weightSum'],
    [COL.leftover, 'leftoverKr'],
    [COL.unallocated, 'unallocated'],
  ];
  for (const [col, key] of headers) g.put(header, col, textCell(t(key), 'header'));
  const rowCount = allocation.weights.reduce((n, set) => n + Math.max(1, set.length), 0);
  const block: Block = { scenario, allocation, amounts, entryLabels, payerNames, ordinals };
  const first = area.reserve(rowCount, {
    width: COL.unallocated + 1,
    produce: (at) => blockRows(block, first, at),
    constants: (at, visit) => blockConstants(block, first, at, visit),
    extremes: blockExtremes(block),
  });
  const last = Math.max(first, g.nextRow - 1);
  g.skip();
  return {
    share: area.columnRange(COL.share, first, last),
    ordinal: area.columnRange(COL.ordinal, first, last),
    year: area.columnRange(COL.year, first, last),
    unallocated: area.columnRange(COL.unallocated, first, last),
  };
}

/** Length of the weight chain E⟦r⟧+E⟦r+1⟧+… as written with tokens (the length the chain-or-SUM choice has always used). */
function tokenChainLength(top: number, count: number): number {
  let length = count - 1; // the plus signs
  for (let i = 0; i < count; i++) length += 3 + String(top + i).length; // E, ⟦, digits, ⟧
  return length;
}

/** What the block's rows are written from. */
interface Block {
  scenario: ScenarioResult;
  allocation: FormulaAllocation;
  amounts: AmountCell[];
  entryLabels: string[];
  payerNames: Map<string, string>;
  ordinals: Map<string, Ref>;
}

/** A payer's ordinal as the block shows it (column D). */
const ordinalOf = (block: Block, payerId: string): number => (block.ordinals.get(payerId)?.value as number) ?? 0;

/** Σ of the entry's floors and of its shares, added as the leftover and unallocated cells' cached values are. */
function entrySums(mirror: MirrorResult): { floorSum: number; given: number } {
  // Loops, not reduce: a typed array's reduce boxes its running sum at every step.
  let floorSum = 0;
  let given = 0;
  for (let i = 0; i < mirror.floors.length; i++) floorSum += mirror.floors[i]!;
  for (let i = 0; i < mirror.shares.length; i++) given += mirror.shares[i]!;
  return { floorSum, given };
}

/**
 * The block's rows, entry by entry, from area row `first`, produced one at
 * a time as the writer takes them (they are never held by the plan).
 */
function* blockRows(block: Block, first: number, at: Placement): Generator<(PlannedCell | null)[]> {
  const { scenario, allocation, amounts, entryLabels, payerNames } = block;
  const { sheetRow, resolve } = at;
  const money = FORMATS.count;
  const { decimal, year: yearFormat } = FORMATS;
  let rel = first;
  // Cells that read the same on every row they appear in are one object each (plan cells are never
  // changed after they are built): a payer's name and ordinal, an entry's year.
  const payerCells = new Map<string, { name: PlannedCell; ordinal: PlannedCell }>();
  const payerCellsOf = (payerId: string): { name: PlannedCell; ordinal: PlannedCell } => {
    let cells = payerCells.get(payerId);
    if (cells === undefined) {
      cells = {
        name: textCell(payerNames.get(payerId) ?? payerId, 'label'),
        ordinal: numberCell(ordinalOf(block, payerId), money),
      };
      payerCells.set(payerId, cells);
    }
    return cells;
  };
  for (let e = 0; e < scenario.entries.length; e++) {
    const entry = scenario.entries[e]!;
    const set = allocation.weights[e] as WeightCell[];
    const mirror = allocation.mirrors[e] as MirrorResult;
    const amount = amounts[e] as AmountCell;
    const top = rel;
    const rows = Math.max(1, set.length);
    rel += rows;
    const t = sheetRow(top);
    const b = sheetRow(top + rows - 1);
    const totalKr = kronor(entry.amount);
    const labelCell = textCell(entryLabels[e] ?? '', 'label');
    const yearCell = numberCell(entry.year, yearFormat);
    const amountCell =
      amount.formula === null
        ? numberCell(amount.value, money)
        : formulaCell(resolve(amount.formula), amount.value, money);
    const K = `$K$${t}`;
    if (set.length === 0) {
      const row: (PlannedCell | null)[] = new Array<PlannedCell | null>(COL.unallocated + 1).fill(null);
      row[COL.label] = labelCell;
      row[COL.year] = yearCell;
      row[COL.amount] = amountCell;
      row[COL.unallocated] = formulaCell(K, totalKr, money);
      yield row;
      continue;
    }
    const L = `$L$${t}`;
    const M = `$M$${t}`;
    const Er = `$E$${t}:$E$${b}`;
    const Hr = `$H$${t}:$H$${b}`;
    const Dr = `$D$${t}:$D$${b}`;
    for (let i = 0; i < set.length; i++) {
      const w = set[i]!;
      const r = t + i;
      const E = `E${r}`;
      const F = `F${r}`;
      const H = `H${r}`;
      const D = `D${r}`;
      const steps = `ROUND((${F}-INT(${F}))*1000000000,0)`;
      const payer = payerCellsOf(w.payerId);
      const row: (PlannedCell | null)[] = [
        i === 0 ? labelCell : null,
        payer.name,
        yearCell,
        payer.ordinal,
        w.formula === null ? numberCell(w.value, decimal) : formulaCell(w.formula, w.value, decimal),
        formulaCell(`IF(${L}>0,${K}*${E}/${L},0)`, mirror.quotas[i] as number, decimal),
        formulaCell(`INT(${F})+IF(${steps}=1000000000,1,0)`, mirror.floors[i] as number, money),
        formulaCell(`MOD(${steps},1000000000)`, mirror.steps[i] as number, money),
        formulaCell(
          `IF(${E}>0,1+COUNTIFS(${Er},">0",${Hr},">"&${H})+COUNTIFS(${Er},">0",${Hr},${H},${Dr},"<"&${D}),` +
            `1+COUNTIFS(${Er},">0")+COUNTIFS(${Er},"<=0",${Dr},"<"&${D}))`,
          mirror.ranks[i] as number,
          money,
        ),
        formulaCell(`IF(${L}>0,G${r}+IF(I${r}<=${M},1,0),0)`, mirror.shares[i] as number, money),
      ];
      if (i === 0) {
        // An explicit chain E1+E2+…, not SUM: LibreOffice sums ranges with compensated (Kahan)
        // summation, the engine adds plainly in payer-id order; with fractional weights the last bit differs.
        const weightSum =
          tokenChainLength(top, set.length) <= MAX_FORMULA_LENGTH
            ? set.map((_, k) => `E${t + k}`).join('+')
            : `SUM(${Er})`;
        const { floorSum, given } = entrySums(mirror);
        row.push(
          amountCell,
          formulaCell(weightSum, mirror.weightSum, decimal),
          formulaCell(`${K}-SUM($G$${t}:$G$${b})`, totalKr - floorSum, money),
          formulaCell(`${K}-SUM($J$${t}:$J$${b})`, totalKr - given, money),
        );
      }
      yield row;
    }
  }
}

/**
 * The block's cells without a formula, as blockRows writes them, row by row
 * and left to right: the entry's label on its first row, then per payer its
 * name, the year, its ordinal and a weight written as a value, and the
 * amount when it is a value.
 */
function blockConstants(
  block: Block,
  first: number,
  at: Placement,
  visit: (row: number, col: number, value: PlannedValue) => void,
): void {
  const { scenario, allocation, amounts, entryLabels, payerNames } = block;
  let rel = first;
  for (let e = 0; e < scenario.entries.length; e++) {
    const entry = scenario.entries[e]!;
    const set = allocation.weights[e] as WeightCell[];
    const amount = amounts[e] as AmountCell;
    const t = at.sheetRow(rel) - 1; // 0-based
    rel += Math.max(1, set.length);
    const label = entryLabels[e] ?? '';
    if (set.length === 0) {
      visit(t, COL.label, label);
      visit(t, COL.year, entry.year);
      if (amount.formula === null) visit(t, COL.amount, amount.value);
      continue;
    }
    for (let i = 0; i < set.length; i++) {
      const w = set[i]!;
      if (i === 0) visit(t, COL.label, label);
      visit(t + i, COL.payer, payerNames.get(w.payerId) ?? w.payerId);
      visit(t + i, COL.year, entry.year);
      visit(t + i, COL.ordinal, ordinalOf(block, w.payerId));
      if (w.formula === null) visit(t + i, COL.weight, w.value);
      if (i === 0 && amount.formula === null) visit(t, COL.amount, amount.value);
    }
  }
}

/** The extremes of the block's numbers per column (LazyRows.extremes), from the figures its cells show. */
function blockExtremes(block: Block): (PlannedCell | null)[][] {
  const { scenario, allocation, amounts } = block;
  const money = FORMATS.count;
  const { decimal, year: yearFormat } = FORMATS;
  const x = new NumberExtremes();
  const seenSets = new Set<WeightCell[]>();
  for (let e = 0; e < scenario.entries.length; e++) {
    const entry = scenario.entries[e]!;
    const set = allocation.weights[e] as WeightCell[];
    const mirror = allocation.mirrors[e] as MirrorResult;
    const amount = amounts[e] as AmountCell;
    const totalKr = kronor(entry.amount);
    x.add(COL.year, entry.year, yearFormat);
    x.add(COL.amount, amount.value, money);
    if (set.length === 0) {
      x.add(COL.unallocated, totalKr, money);
      continue;
    }
    const { floorSum, given } = entrySums(mirror);
    x.add(COL.weightSum, mirror.weightSum, decimal);
    x.add(COL.leftover, totalKr - floorSum, money);
    x.add(COL.unallocated, totalKr - given, money);
    // A weight set is shared by every year's entry of its cost line: its payers' ordinals and weights are seen once.
    if (!seenSets.has(set)) {
      seenSets.add(set);
      for (const w of set) {
        x.add(COL.ordinal, ordinalOf(block, w.payerId), money);
        x.add(COL.weight, w.value, decimal);
      }
    }
    addAll(x, COL.quota, mirror.quotas, decimal);
    addAll(x, COL.floor, mirror.floors, money);
    addAll(x, COL.remainder, mirror.steps, money);
    addAll(x, COL.rank, mirror.ranks, money);
    addAll(x, COL.share, mirror.shares, money);
  }
  return x.rows();
}

/** The smallest and the largest of a column's numbers added (what NumberExtremes keeps of them all). */
function addAll(x: NumberExtremes, col: number, values: ArrayLike<number>, numberFormat: string): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number') continue;
    if (Number.isNaN(v)) x.add(col, v, numberFormat);
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (min <= max) {
    x.add(col, min, numberFormat);
    x.add(col, max, numberFormat);
  }
}
