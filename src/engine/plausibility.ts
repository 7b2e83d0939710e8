/**
 * Plausibility: values that are valid but probably not meant. Warnings, never
 * errors — each points at the cell that holds the value and says in one
 * sentence why it looks wrong, so the analyst can confirm or correct it. The
 * limits are written as constants with their reason; they come from the
 * domain (docs/model.md, "Rimlighetskontroller").
 */
import { monthOf, yearOfMonth } from './calendar';
import type { Text } from './messages';
import { checkProcurementRules } from './procurementRules';
import { fieldCell, type CellRef, type CostModel, type Problem } from './model';

/** Longer than 20 years is beyond any school-system contract seen (InfoMentor: 12; Tieto: 7 + 8). */
export const MAX_PLAUSIBLE_CONTRACT_YEARS = 20;
/** Index and discount rates outside −5 %…+15 % a year: more likely a typing mistake ("25" for 2,5 %). */
export const PLAUSIBLE_RATE = { min: -0.05, max: 0.15 } as const;
/**
 * Above 10 000 kr per user and year: school SaaS modules cost SEK 50–250 per
 * pupil and module (shared/domain.md), the whole old platform about 1 000 kr.
 * In öre.
 */
export const MAX_PLAUSIBLE_PRICE_PER_USER = 10_000 * 100;

const pct = (rate: number, lang: 'sv' | 'en'): string => {
  const text = String(Math.round(rate * 10000) / 100);
  return `${lang === 'sv' ? text.replace('.', ',') : text} %`;
};

/** Whole kronor grouped by thousands: a space in Swedish, a comma in English (no locale data needed). */
const kronor = (ore: number, lang: 'sv' | 'en'): string =>
  String(Math.round(ore / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');

export function plausibilityWarnings(model: CostModel): Problem[] {
  const out: Problem[] = [];
  const warn = (code: Problem['code'], at: CellRef | undefined, message: Text): void => {
    out.push(at ? { code, severity: 'warning', at, message } : { code, severity: 'warning', message });
  };
  checkRates(model, warn);
  checkContracts(model, warn);
  checkProcurementRules(model, warn);
  checkPrices(model, warn);
  checkUsers(model, warn);
  checkShares(model, warn);
  return out;
}

type Warn = (code: Problem['code'], at: CellRef | undefined, message: Text) => void;

function checkRates(model: CostModel, warn: Warn): void {
  const p = model.parameters;
  const rates: { field: string; rate: number; what: Text }[] = [
    { field: 'discountRate', rate: p.discountRate, what: { sv: 'Diskonteringsräntan', en: 'The discount rate' } },
    { field: 'defaultIndexRate', rate: p.defaultIndexRate, what: { sv: 'Index per år', en: 'The index rate' } },
    ...Object.entries(p.indexRates).map(([year, rate]) => ({
      field: `indexRates.${year}`,
      rate,
      what: { sv: `Indexuppräkningen för ${year}`, en: `The index rate for ${year}` },
    })),
  ];
  // The base year's factor is 1 by definition (docs/model.md, step 1): a rate given for it changes nothing.
  const baseYearRate = p.indexRates[p.baseYear];
  if (baseYearRate !== undefined && baseYearRate !== 0) {
    warn('baseYearRate', p.cells?.[`indexRates.${p.baseYear}`], {
      sv: `Indexuppräkningen ${pct(baseYearRate, 'sv')} är angiven för basåret ${p.baseYear}, men basåret räknas inte upp (index 1): satsen används inte. Ange den för året den ska räkna upp in i, eller ta bort den.`,
      en: `The index rate ${pct(baseYearRate, 'en')} is given for the base year ${p.baseYear}, but the base year is not indexed (factor 1): the rate is not used. Give it for the year it should index into, or remove it.`,
    });
  }
  for (const { field, rate, what } of rates) {
    if (!Number.isFinite(rate) || (rate >= PLAUSIBLE_RATE.min && rate <= PLAUSIBLE_RATE.max)) continue;
    warn('implausibleRate', p.cells?.[field], {
      sv: `${what.sv} är ${pct(rate, 'sv')} per år, utanför −5 … +15 %. Menade du ${pct(rate / 100, 'sv')}? Skriv räntor som procent, t.ex. 2,5 %.`,
      en: `${what.en} is ${pct(rate, 'en')} a year, outside −5 … +15 %. Did you mean ${pct(rate / 100, 'en')}? Type rates as percentages, e.g. 2.5 %.`,
    });
  }
}

function checkContracts(model: CostModel, warn: Warn): void {
  const { baseYear } = model.parameters;
  const lastYearOf = lastCostYears(model);
  for (const alternative of model.alternatives) {
    for (const contract of alternative.contracts) {
      const name = `${alternative.name} / ${contract.name}`;
      if (contract.lengthYears === 0) {
        warn('implausibleContract', fieldCell(contract, 'lengthYears'), {
          sv: `Kontraktet "${name}" har längden 0 år: det täcker inget år och dess lösningar kostar då ingenting. Ange avtalets längd i hela år.`,
          en: `Contract "${name}" has a length of 0 years: it covers no year, so its solutions would cost nothing. Enter the contract length in whole years.`,
        });
      } else if (contract.lengthYears + contract.optionYears > MAX_PLAUSIBLE_CONTRACT_YEARS) {
        const total = contract.lengthYears + contract.optionYears;
        warn('implausibleContract', fieldCell(contract, 'lengthYears'), {
          sv: `Kontraktet "${name}" löper ${total} år med optioner, mer än ${MAX_PLAUSIBLE_CONTRACT_YEARS} år; kontrollera längd och optioner.`,
          en: `Contract "${name}" runs ${total} years with options, more than ${MAX_PLAUSIBLE_CONTRACT_YEARS}; check its length and options.`,
        });
      }
      const month = monthOf(contract.goLive);
      if (month === null) continue; // an error already
      const goLiveYear = yearOfMonth(month);
      if (goLiveYear < baseYear) {
        warn('implausibleGoLive', fieldCell(contract, 'goLive'), {
          sv: `Kontraktet "${name}" har driftstart ${contract.goLive}, före basåret ${baseYear}: kostnader före basåret räknas inte.`,
          en: `Contract "${name}" goes live ${contract.goLive}, before the base year ${baseYear}: costs before the base year are not counted.`,
        });
        continue;
      }
      const last = Math.max(...contract.solutionIds.map((id) => lastYearOf.get(id) ?? Infinity));
      if (goLiveYear > last) {
        warn('implausibleGoLive', fieldCell(contract, 'goLive'), {
          sv: `Kontraktet "${name}" har driftstart ${contract.goLive}, efter ${last}, det sista år då dess lösningar har kostnader.`,
          en: `Contract "${name}" goes live ${contract.goLive}, after ${last}, the last year its solutions have costs.`,
        });
      }
    }
  }
}

/** Per solution, the last year any of its yearly cost lines applies; absent when one has no end. */
function lastCostYears(model: CostModel): Map<string, number> {
  const last = new Map<string, number>();
  const open = new Set<string>();
  for (const line of model.costLines) {
    if (line.recurrence !== 'yearly') continue;
    if (line.lastYear === undefined) open.add(line.solutionId);
    else last.set(line.solutionId, Math.max(last.get(line.solutionId) ?? -Infinity, line.lastYear));
  }
  for (const id of open) last.delete(id);
  return last;
}

function checkPrices(model: CostModel, warn: Warn): void {
  for (const line of model.costLines) {
    const perUser = line.basis.kind !== 'fixed';
    if (!perUser) continue;
    const prices: { price: number; at: CellRef | undefined }[] =
      line.basis.kind === 'tiered'
        ? line.basis.bands.map((b) => ({ price: b.price, at: fieldCell(b, 'price') }))
        : [{ price: line.amount, at: fieldCell(line, 'amount') }];
    for (const { price, at } of prices) {
      if (!(price > MAX_PLAUSIBLE_PRICE_PER_USER)) continue;
      const per = line.recurrence === 'yearly' ? { sv: ' per år', en: ' a year' } : { sv: '', en: '' };
      warn('implausiblePrice', at ?? line.source, {
        sv: `Kostnadsraden "${line.id}": ${kronor(price, 'sv')} kr per användare${per.sv} är mer än 10 000 kr. Står beloppet i tkr eller mnkr? Ange enheten i kolumnen Enhet.`,
        en: `Cost line "${line.id}": ${kronor(price, 'en')} kr per user${per.en} is more than 10,000 kr. Is the amount in tkr or mnkr? Say so in the Unit column.`,
      });
    }
  }
}

/** A solution some payer uses while every such payer has no users at all: its per-user costs land on no one. */
function checkUsers(model: CostModel, warn: Warn): void {
  const payers = new Map(model.payers.map((p) => [p.id, p]));
  const users = new Map<string, number>();
  const usedBy = new Set<string>();
  for (const usage of model.usage) {
    if (!(usage.share > 0)) continue;
    usedBy.add(usage.solutionId);
    const payer = payers.get(usage.payerId);
    users.set(usage.solutionId, (users.get(usage.solutionId) ?? 0) + (payer?.counts.users ?? 0));
  }
  for (const solution of model.solutions) {
    if (!usedBy.has(solution.id) || (users.get(solution.id) ?? 0) > 0) continue;
    warn('noUsers', solution.source, {
      sv: `Lösningen "${solution.name}" används, men ingen av betalarna som använder den har några användare (kolumnen Användare på Resurser): dess kostnader per användare blir 0.`,
      en: `Solution "${solution.name}" is used, but none of the payers using it has any users (the Users column on Resources): its per-user costs come to 0.`,
    });
  }
}

/** One payer's shares of one solution, typed on several rows, that add up to more than 100 %. */
function checkShares(model: CostModel, warn: Warn): void {
  const sums = new Map<string, { total: number; at: CellRef | undefined; payerId: string; solutionId: string }>();
  for (const usage of model.usage) {
    const key = `${usage.payerId}\u0000${usage.solutionId}`;
    const sum = sums.get(key) ?? { total: 0, at: usage.source, payerId: usage.payerId, solutionId: usage.solutionId };
    sum.total += usage.share;
    sum.at = usage.source ?? sum.at;
    sums.set(key, sum);
  }
  for (const { total, at, payerId, solutionId } of sums.values()) {
    if (total <= 1 + 1e-9) continue;
    warn('sharesAbove100', at, {
      sv: `Betalaren "${payerId}" använder lösningen "${solutionId}" till sammanlagt ${pct(total, 'sv')}, mer än 100 %.`,
      en: `Payer "${payerId}" uses solution "${solutionId}" at ${pct(total, 'en')} in all, more than 100 %.`,
    });
  }
}
