/**
 * Checks of single items and their references: numbers that must be finite and
 * non-negative, dates, years, school forms, ids that must exist or be unique,
 * tier bands and percentage keys. Checks that need a whole alternative are in
 * validateAlternatives.ts.
 */

import { monthOf } from './calendar';
import { messages, rules, type Item } from './messages';
import { fieldCell, SCHOOL_FORMS, type CostLine, type CostModel, type TierBand } from './model';
import type { ProblemList } from './problems';

/** A percent key may miss 100 % by this much (fractions): 0.0001 % of rounding in typed percentages. */
export const PERCENT_TOLERANCE = 1e-6;

const schoolForms = new Set<string>(SCHOOL_FORMS);

export function checkParameters(model: CostModel, problems: ProblemList): void {
  const p = model.parameters;
  // Every parameter problem points at the value's cell on Parametrar, when the reader recorded it.
  const item = (id: string): Item => ({ kind: 'parameter', id, ...(p.cells?.[id] && { source: p.cells[id] }) });
  const at = (id: string) => p.cells?.[id];
  if (!Number.isInteger(p.baseYear))
    problems.error('invalidParameter', at('baseYear'), messages.invalidParameter(item('baseYear'), rules.wholeYear));
  if (!Number.isInteger(p.horizonYears) || p.horizonYears < 1 || p.horizonYears > 100) {
    problems.error(
      'invalidParameter',
      at('horizonYears'),
      messages.invalidParameter(item('horizonYears'), rules.horizon),
    );
  }
  const rates: [string, number][] = [
    ['discountRate', p.discountRate],
    ['defaultIndexRate', p.defaultIndexRate],
    ...Object.entries(p.indexRates).map(([year, rate]): [string, number] => [`indexRates.${year}`, rate]),
  ];
  for (const [id, rate] of rates) {
    if (!Number.isFinite(rate) || rate <= -1)
      problems.error('invalidParameter', at(id), messages.invalidParameter(item(id), rules.rate));
  }
  if (!Number.isFinite(p.costPerFte) || p.costPerFte < 0) {
    problems.error(
      'invalidParameter',
      at('costPerFte'),
      messages.invalidParameter(item('costPerFte'), rules.costPerFte),
    );
  }
  const key = p.sharedCostKey;
  if (key?.kind === 'percent' && !model.percentKeys.some((k) => k.id === key.keyId)) {
    problems.error(
      'unknownAllocationKey',
      at('sharedCostKey'),
      messages.unknownAllocationKey(item('sharedCostKey'), key.keyId),
    );
  }
  const payer = p.sharedCostPayer;
  if (payer !== undefined && !model.payers.some((x) => x.id === payer)) {
    problems.error('unknownPayer', at('sharedCostPayer'), messages.unknownPayer(item('sharedCostPayer'), payer));
  }
}

/** A number that must be finite and ≥ 0. */
export function checkAmount(problems: ProblemList, item: Item, field: string, value: number): void {
  const at = fieldCell(item, field);
  if (!Number.isFinite(value)) problems.error('notANumber', at, messages.notANumber(item, field));
  else if (value < 0) problems.error('negativeValue', at, messages.negativeValue(item, field, value));
}

export function checkUniqueIds(
  problems: ProblemList,
  kind: Item['kind'],
  items: readonly { id: string; source?: Item['source'] }[],
): void {
  const seen = new Set<string>();
  for (const x of items) {
    if (seen.has(x.id))
      problems.error('duplicateName', x.source, messages.duplicateId({ kind, id: x.id, source: x.source }));
    seen.add(x.id);
  }
}

export function checkPayers(model: CostModel, problems: ProblemList): void {
  for (const payer of model.payers) {
    const item: Item = { kind: 'payer', id: payer.id, source: payer.source, cells: payer.cells };
    if (!schoolForms.has(payer.schoolForm))
      problems.error(
        'unknownSchoolForm',
        fieldCell(payer, 'schoolForm'),
        messages.unknownSchoolForm(item, payer.schoolForm),
      );
    for (const [field, value] of Object.entries(payer.counts)) checkAmount(problems, item, field, value);
    if (payer.weight !== undefined) checkAmount(problems, item, 'weight', payer.weight);
  }
}

export function checkUsage(model: CostModel, problems: ProblemList): void {
  const payerIds = new Set(model.payers.map((p) => p.id));
  const solutionIds = new Set(model.solutions.map((s) => s.id));
  for (const usage of model.usage) {
    const item: Item = {
      kind: 'usage',
      id: `${usage.payerId}/${usage.solutionId}`,
      source: usage.source,
    };
    if (!payerIds.has(usage.payerId))
      problems.error('unknownPayer', usage.source, messages.unknownPayer(item, usage.payerId));
    if (!solutionIds.has(usage.solutionId))
      problems.error('unknownSolution', usage.source, messages.unknownSolution(item, usage.solutionId));
    checkAmount(problems, item, 'share', usage.share);
    if (usage.share > 1) problems.error('invalidRange', usage.source, messages.shareAboveOne(item, usage.share));
  }
}

export function checkCostLines(model: CostModel, problems: ProblemList): void {
  const solutionIds = new Set(model.solutions.map((s) => s.id));
  const keyIds = new Set(model.percentKeys.map((k) => k.id));
  for (const line of model.costLines) {
    const item: Item = { kind: 'costLine', id: line.id, source: line.source, cells: line.cells };
    if (!solutionIds.has(line.solutionId))
      problems.error('unknownSolution', fieldCell(line, 'solution'), messages.unknownSolution(item, line.solutionId));
    checkAmount(problems, item, 'amount', line.amount);
    if (line.range) {
      checkAmount(problems, item, 'min', line.range.min);
      checkAmount(problems, item, 'max', line.range.max);
      if (!(line.range.min <= line.amount && line.amount <= line.range.max) && line.basis.kind !== 'tiered') {
        const outside = line.amount < line.range.min ? 'min' : 'max';
        problems.error('invalidRange', fieldCell(line, outside), messages.rangeOutside(item));
      }
    }
    if (line.firstYear !== undefined && line.lastYear !== undefined && line.firstYear > line.lastYear) {
      problems.error(
        'reversedYears',
        fieldCell(line, 'lastYear'),
        messages.reversedYears(item, line.firstYear, line.lastYear),
      );
    }
    if (line.allocation.kind === 'percent' && !keyIds.has(line.allocation.keyId)) {
      problems.error('unknownAllocationKey', line.source, messages.unknownAllocationKey(item, line.allocation.keyId));
    }
    if (line.basis.kind === 'tiered') checkBands(problems, item, line.basis.bands);
  }
  checkOverlappingLines(model.costLines, problems);
}

/** Bands sorted by `from` must start at 1 and follow each other without gap or overlap. */
export function checkBands(problems: ProblemList, item: Item, bands: readonly TierBand[]): void {
  if (bands.length === 0) {
    problems.error('invalidRange', item.source, messages.tierMissing(item));
    return;
  }
  const ordered = [...bands].sort((a, b) => a.from - b.from);
  // A band's problem points at the band's own row on Prisstegar when it was read from one.
  const bandItem = (band: TierBand): Item => ({ ...item, source: band.source ?? item.source, cells: band.cells });
  const at = (band: TierBand, field: string) =>
    fieldCell({ source: band.source ?? item.source, cells: band.cells }, field);
  for (const band of ordered) {
    checkAmount(problems, bandItem(band), 'price', band.price);
    if (band.to !== null && band.to < band.from)
      problems.error('invalidRange', at(band, 'to'), messages.tierReversed(item, band.from, band.to));
  }
  if (ordered[0]!.from !== 1)
    problems.error('tierGap', at(ordered[0]!, 'from'), messages.tierStart(item, ordered[0]!.from));
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!;
    const band = ordered[i]!;
    if (previous.to === null || band.from <= previous.to)
      problems.error('tierOverlap', at(band, 'from'), messages.tierOverlap(item, band.from));
    else if (band.from > previous.to + 1)
      problems.error('tierGap', at(band, 'from'), messages.tierGap(item, previous.to, band.from));
  }
}

/**
 * Two lines of the same solution, item and recurrence whose years overlap are
 * probably one cost entered twice. A warning: a second licence line can be meant.
 */
function checkOverlappingLines(lines: readonly CostLine[], problems: ProblemList): void {
  const groups = new Map<string, CostLine[]>();
  for (const line of lines) {
    const key = `${line.solutionId}\u0000${line.item}\u0000${line.recurrence}`;
    const group = groups.get(key) ?? [];
    group.push(line);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (yearsOverlap(a, b)) {
          const item: Item = { kind: 'costLine', id: b.id, source: b.source };
          problems.warning('overlappingYears', b.source, messages.overlappingYears(item, a.id, b.solutionId));
        }
      }
    }
  }
}

function yearsOverlap(a: CostLine, b: CostLine): boolean {
  if (a.recurrence === 'oneOff') return a.firstYear === b.firstYear; // both in the go-live year when unset
  const aFirst = a.firstYear ?? -Infinity;
  const aLast = a.lastYear ?? Infinity;
  const bFirst = b.firstYear ?? -Infinity;
  const bLast = b.lastYear ?? Infinity;
  return aFirst <= bLast && bFirst <= aLast;
}

export function checkPercentKeys(model: CostModel, problems: ProblemList): void {
  const payerIds = new Set(model.payers.map((p) => p.id));
  for (const key of model.percentKeys) {
    const item: Item = { kind: 'percentKey', id: key.id, source: key.source };
    let total = 0;
    for (const [payerId, share] of Object.entries(key.shares)) {
      if (!payerIds.has(payerId)) problems.error('unknownPayer', key.source, messages.unknownPayer(item, payerId));
      checkAmount(problems, item, payerId, share);
      total += share;
    }
    if (!(Math.abs(total - 1) <= PERCENT_TOLERANCE))
      problems.error('percentagesNot100', key.source, messages.percentagesNot100(item, total));
  }
}

export function checkAgreements(model: CostModel, problems: ProblemList): void {
  const solutionIds = new Set(model.solutions.map((s) => s.id));
  for (const agreement of model.currentAgreements) {
    const item: Item = {
      kind: 'agreement',
      id: agreement.id,
      source: agreement.source,
      cells: agreement.cells,
    };
    for (const id of agreement.solutionIds) {
      if (!solutionIds.has(id)) problems.error('unknownSolution', agreement.source, messages.unknownSolution(item, id));
    }
    checkAmount(problems, item, 'annualCost', agreement.annualCost);
    checkAmount(
      problems,
      { ...item, cells: { ...agreement.cells, monthlyRunOnCost: agreement.cells?.runOn } },
      'monthlyRunOnCost',
      agreement.monthlyRunOnCost,
    );
    if (monthOf(agreement.expires) === null)
      problems.error('notADate', fieldCell(agreement, 'expires'), messages.notADate(item, agreement.expires));
  }
}

export function checkResources(model: CostModel, problems: ProblemList): void {
  for (const resource of model.internalResources) {
    const item: Item = {
      kind: 'resource',
      id: resource.id,
      source: resource.source,
      cells: resource.cells,
    };
    checkAmount(problems, item, 'fte', resource.fte);
    checkAmount(problems, item, 'costPerFte', resource.costPerFte);
    if (resource.firstYear > resource.lastYear) {
      problems.error(
        'reversedYears',
        fieldCell(resource, 'lastYear'),
        messages.reversedYears(item, resource.firstYear, resource.lastYear),
      );
    }
  }
}

export function checkSolutionsUsed(model: CostModel, problems: ProblemList): void {
  const used = new Set(model.usage.filter((u) => u.share > 0).map((u) => u.solutionId));
  for (const solution of model.solutions) {
    if (!used.has(solution.id)) {
      problems.warning(
        'unusedSolution',
        solution.source,
        messages.unusedSolution({
          kind: 'solution',
          id: solution.id,
          source: solution.source,
        }),
      );
    }
  }
}
