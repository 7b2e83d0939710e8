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
  contractBase,
  keyWeights,
  solutionBase,
  usersWeights,
  type WeightSet,
} from '../../engine/base';
import type { Alternative, CostEntry, CostModel, Driver, ScenarioResult } from '../../engine/model';
import type { ModelIndex } from '../../engine/modelIndex';
import { schoolFormWeights } from '../../engine/oldAgreements';
import { label, type LabelKey } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell, type Ref } from './cells';
import { FORMATS } from './formats';
import type { HelperArea } from './helperArea';
import { mirrorAllocation } from './allocationMirror';
import { MAX_FORMULA_LENGTH } from './entryHelpers';
import type { SheetContext } from './layout';
import type { PayerSnapshotRefs, SnapshotRefs } from './scenarioSnapshot';

/** Above this many helper cells a sheet keeps its allocation as values (about 22 000 payer × entry rows). */
export const ALLOCATION_HELPER_LIMIT = 200_000;
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

export type AllocationPlan =
  | { kind: 'formulas'; weights: WeightCell[][] }
  | { kind: 'values'; reason: 'tooLarge' | 'notTraceable'; helperCells: number };

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
  let helperCells = 0;
  for (const entry of scenario.entries) {
    // The budget stops a huge model before it builds millions of weight cells it will not write.
    const set = weightsOf(index, model, alternative, snapshot, entry, ALLOCATION_HELPER_LIMIT - helperCells);
    if (set === 'tooLarge') return { kind: 'values', reason: 'tooLarge', helperCells };
    if (set === null) return { kind: 'values', reason: 'notTraceable', helperCells };
    weights.push(set);
    helperCells += Math.max(1, set.length) * CELLS_PER_PAYER_ROW + CELLS_PER_ENTRY;
  }
  if (helperCells > ALLOCATION_HELPER_LIMIT) return { kind: 'values', reason: 'tooLarge', helperCells };

  const yearIndex = new Map(scenario.years.map((y, i) => [y, i]));
  const byPayerYear = new Map<string, number>();
  const unallocated = scenario.years.map(() => 0);
  let overshoot = false;
  scenario.entries.forEach((entry, e) => {
    const set = weights[e] as WeightCell[];
    const totalKr = entry.amount / 100;
    const mirror = mirrorAllocation(
      totalKr,
      set.map((w) => ({ weight: w.value, ordinal: ordinals.get(w.payerId) ?? 0 })),
    );
    if (mirror.leftover < 0 || totalKr < 0) overshoot = true;
    let given = 0;
    set.forEach((w, i) => {
      const key = `${w.payerId}\u0000${entry.year}`;
      byPayerYear.set(key, (byPayerYear.get(key) ?? 0) + (mirror.shares[i] as number));
      given += mirror.shares[i] as number;
    });
    const y = yearIndex.get(entry.year);
    if (y !== undefined) unallocated[y] = (unallocated[y] as number) + totalKr - given;
  });
  const same =
    !overshoot &&
    scenario.payerYears.every((py) => (byPayerYear.get(`${py.payerId}\u0000${py.year}`) ?? 0) * 100 === py.amount) &&
    scenario.unallocatedByYear.every((u, y) => (unallocated[y] as number) * 100 === u);
  return same ? { kind: 'formulas', weights } : { kind: 'values', reason: 'notTraceable', helperCells };
}

/** The entry's weight set as the engine builds it (src/engine/base.ts), with a formula per weight where the snapshot allows. */
function weightsOf(
  index: ModelIndex,
  model: CostModel,
  alternative: Alternative,
  snapshot: SnapshotRefs,
  entry: CostEntry,
  budget: number,
): WeightCell[] | null | 'tooLarge' {
  const contract = alternative.contracts.find((c) => c.id === entry.contractId);
  const source = entry.source;
  let set: WeightSet;
  let shareOf: string[] | null; // solutions whose largest share multiplies the count; null = share 1
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
      if (contract === undefined) return null;
      set = usersWeights(index, contractBase(index, contract));
      shareOf = [...new Set(contract.solutionIds)];
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
    case 'internalResource':
      set = usersWeights(index, { positions: index.anyUse, shares: new Float64Array(index.anyUse.length).fill(1) });
      shareOf = null;
      break;
  }
  if (Math.max(1, set.positions.length) * CELLS_PER_PAYER_ROW + CELLS_PER_ENTRY > budget) return 'tooLarge';
  const cells: WeightCell[] = [];
  for (let i = 0; i < set.positions.length; i++) {
    const payer = index.payers[set.positions[i] as number];
    if (payer === undefined) return null;
    const engineWeight = set.weights[i] as number;
    const refs = snapshot.payers.get(payer.id);
    const built = refs === undefined ? null : weightFormula(refs, kind, driver, shareOf, payer.weight);
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
  payerWeight: number | undefined,
): { formula: string; value: number } | null {
  let share: { formula: string; value: number } | null = null;
  if (shareOf !== null) {
    const cells = shareOf.map((id) => refs.shares.get(id));
    if (cells.some((c) => c === undefined)) return null;
    const present = cells as Ref[];
    const value = Math.max(0, ...present.map((c) => c.value as number));
    share = {
      formula: present.length === 1 ? address(present[0]!.pos) : `MAX(${present.map((c) => address(c.pos)).join(',')})`,
      value,
    };
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
 */
export function writeAllocationBlock(
  ctx: SheetContext,
  area: HelperArea,
  scenario: ScenarioResult,
  weights: WeightCell[][],
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
  const first = g.nextRow;
  const money = FORMATS.count;
  const at = (row: number, col: number, absolute = false): string =>
    area.address({ pos: { row, col }, value: null }, absolute);

  scenario.entries.forEach((entry, e) => {
    const set = weights[e] as WeightCell[];
    const amount = amounts[e] as AmountCell;
    const top = g.nextRow;
    const rows = Math.max(1, set.length);
    const bottom = top + rows - 1;
    for (let r = 0; r < rows; r++) g.row();
    const totalKr = entry.amount / 100;
    g.put(top, COL.label, textCell(entryLabels[e] ?? '', 'label'));
    const amountCell =
      amount.formula === null ? numberCell(amount.value, money) : formulaCell(amount.formula, amount.value, money);
    g.put(top, COL.amount, amountCell);
    const K = at(top, COL.amount, true);
    if (set.length === 0) {
      g.put(top, COL.year, numberCell(entry.year, FORMATS.year));
      g.put(top, COL.unallocated, formulaCell(K, totalKr, money));
      return;
    }
    const mirror = mirrorAllocation(
      totalKr,
      set.map((w) => ({ weight: w.value, ordinal: (ordinals.get(w.payerId)?.value as number) ?? 0 })),
    );
    const range = (col: number): string => area.columnRange(col, top, bottom);
    const L = at(top, COL.weightSum, true);
    const M = at(top, COL.leftover, true);
    // An explicit chain E1+E2+…, not SUM: LibreOffice sums ranges with compensated (Kahan)
    // summation, the engine adds plainly in payer-id order; with fractional weights the last bit differs.
    const chain = set.map((_, i) => at(top + i, COL.weight)).join('+');
    const weightSum = chain.length <= MAX_FORMULA_LENGTH ? chain : `SUM(${range(COL.weight)})`;
    g.put(top, COL.weightSum, formulaCell(weightSum, mirror.weightSum, FORMATS.decimal));
    set.forEach((w, i) => {
      const row = top + i;
      const ordinal = (ordinals.get(w.payerId)?.value as number) ?? 0;
      const [E, F, G, H, D, I] = [COL.weight, COL.quota, COL.floor, COL.remainder, COL.ordinal, COL.rank].map((c) =>
        at(row, c),
      ) as [string, string, string, string, string, string];
      const steps = `ROUND((${F}-INT(${F}))*1000000000,0)`;
      g.put(row, COL.payer, textCell(payerNames.get(w.payerId) ?? w.payerId, 'label'));
      g.put(row, COL.year, numberCell(entry.year, FORMATS.year));
      g.put(row, COL.ordinal, numberCell(ordinal, FORMATS.count));
      g.put(
        row,
        COL.weight,
        w.formula === null ? numberCell(w.value, FORMATS.decimal) : formulaCell(w.formula, w.value, FORMATS.decimal),
      );
      g.put(row, COL.quota, formulaCell(`IF(${L}>0,${K}*${E}/${L},0)`, mirror.quotas[i] as number, FORMATS.decimal));
      g.put(row, COL.floor, formulaCell(`INT(${F})+IF(${steps}=1000000000,1,0)`, mirror.floors[i] as number, money));
      g.put(row, COL.remainder, formulaCell(`MOD(${steps},1000000000)`, mirror.steps[i] as number, money));
      const Er = range(COL.weight);
      const Hr = range(COL.remainder);
      const Dr = range(COL.ordinal);
      const rank =
        `IF(${E}>0,1+COUNTIFS(${Er},">0",${Hr},">"&${H})+COUNTIFS(${Er},">0",${Hr},${H},${Dr},"<"&${D}),` +
        `1+COUNTIFS(${Er},">0")+COUNTIFS(${Er},"<=0",${Dr},"<"&${D}))`;
      g.put(row, COL.rank, formulaCell(rank, mirror.ranks[i] as number, FORMATS.count));
      g.put(row, COL.share, formulaCell(`IF(${L}>0,${G}+IF(${I}<=${M},1,0),0)`, mirror.shares[i] as number, money));
    });
    const floorSum = mirror.floors.reduce((s, f) => s + f, 0);
    g.put(top, COL.leftover, formulaCell(`${K}-SUM(${range(COL.floor)})`, totalKr - floorSum, money));
    const given = mirror.shares.reduce((s, x) => s + x, 0);
    g.put(top, COL.unallocated, formulaCell(`${K}-SUM(${range(COL.share)})`, totalKr - given, money));
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
