/**
 * The decision brief's words (Beslutsunderlag), Swedish and English, with the
 * same keys and {placeholders} in both (a test checks them). Kept apart from
 * the sheet-label catalogue: the brief speaks to FLG in sentences, the other
 * sheets in headings.
 */
import type { DisplayUnit } from '../../engine/model';
import { formatNumber } from '../explain/format';
import type { Language } from '../labels';

const sv = {
  sheetName: 'Beslutsunderlag',
  decisionAsked: 'Beslut som begärs',
  basis: 'Underlag',
  basisText: 'Genererat {date} av Skolkostnad {version} · indata {fingerprint} · belopp i {unit} exklusive moms',
  sectionAlternatives: 'Alternativen över horisonten {first}–{last} ({unit})',
  alternative: 'Alternativ',
  contracts: 'Kontrakt',
  total: 'Totalt',
  npv: 'Nuvärde',
  difference: 'Skillnad mot i dag',
  p10: 'P10',
  p90: 'P90',
  cheapestShare: 'Billigast i',
  remark: 'Anmärkning',
  lowestTotal: 'lägst total',
  lowestNpv: 'lägst nuvärde',
  lowestBoth: 'lägst total och nuvärde',
  baseline: 'Upphandla som i dag (jämförelse)',
  noSensitivity: 'P10, P90 och "billigast i": kör en känslighetsanalys i tillägget och generera igen.',
  sectionPerPupil: 'Kostnad per elev och år, snitt över horisonten (kr) – de {count} största betalarna',
  payer: 'Betalare',
  chartTitle: 'Kostnad per år och alternativ ({unit})',
  chartData: 'Diagrammets data ({unit}, = scenariobladens årssummor)',
  sectionDrivers: 'Det som påverkar svaret mest',
  driverLine: '{rank}. {input}: {low} till {high} ({alternative})',
  noDrivers: 'Ingen känslighetsanalys: kör den i tillägget för att se vilka indata som påverkar mest.',
  sectionUncertainty: 'Osäkerheten i klartext',
  cheapestIn: '{name} är billigast i {count} av 100 simuleringar.',
  range80: '{name}: 8 av 10 simuleringar ger en total mellan {low} och {high}.',
  runFacts: '{iterations} simuleringar, frö {seed} (bladet Känslighet).',
  sectionAssumptions: 'Antaganden',
  assumeYears: 'Basår {baseYear}, horisont {years} år ({first}–{last})',
  assumeIndex: 'Index {rate} per år',
  assumeIndexOwn: 'Index {rate} per år, egna satser för {years}',
  assumeDiscount: 'Diskonteringsränta {rate} (nuvärde)',
  assumeOptionsOn: 'Optionsår räknas som utnyttjade (som kontraktsvärdet i LOU)',
  assumeOptionsOff: 'Optionsår räknas inte (bara avtalslängden)',
  assumeVat: 'Alla belopp exklusive moms',
  assumeSources: '{count} av {total} kostnadsrader har en källa',
  changesTotals: 'Totalt: {list}',
  changesRows: '{count} ändrade indatarader: {list}.',
  changesRowsMore: '{count} ändrade indatarader: {list}; och {more} till (bladet {sheet}).',
  sectionTrail: 'Behandlad i',
  trailForum: 'Forum',
  trailDate: 'Datum',
  trailDecision: 'Beslut',
  trailBasis: 'Underlag',
  trailNone: '(inget forum ännu)',
  trailThis: 'denna version',
  trailEarlier: 'tidigare: ',
  trailUnknown: 'okänt',
  trailMissing: 'Arbetsboken har ingen beslutsgång: "Lägg till i beslutsgången" i tillägget skapar bladet Beslutsgång.',
  recommendation: 'Rekommendation',
  noRecommendation: '(ingen rekommendation ännu – skrivs på bladet Beslutsgång)',
  wordsFrom:
    'Frågan, beslutet och rekommendationen skrivs på bladet {sheet}; de senaste raderna i beslutsgången visas här.',
};

export type BriefLabelKey = keyof typeof sv;

const en: Record<BriefLabelKey, string> = {
  sheetName: 'Decision brief',
  decisionAsked: 'Decision asked for',
  basis: 'Basis',
  basisText: 'Generated {date} by Skolkostnad {version} · inputs {fingerprint} · amounts in {unit} excluding VAT',
  sectionAlternatives: 'The alternatives over the horizon {first}–{last} ({unit})',
  alternative: 'Alternative',
  contracts: 'Contracts',
  total: 'Total',
  npv: 'Present value',
  difference: 'Difference from today',
  p10: 'P10',
  p90: 'P90',
  cheapestShare: 'Cheapest in',
  remark: 'Remark',
  lowestTotal: 'lowest total',
  lowestNpv: 'lowest present value',
  lowestBoth: 'lowest total and present value',
  baseline: 'Re-procure as today (comparison)',
  noSensitivity: 'P10, P90 and "cheapest in": run a sensitivity analysis in the add-in and generate again.',
  sectionPerPupil: 'Cost per pupil and year, average over the horizon (SEK) – the {count} largest payers',
  payer: 'Payer',
  chartTitle: 'Cost per year and alternative ({unit})',
  chartData: 'The chart’s data ({unit}, = the scenario sheets’ yearly totals)',
  sectionDrivers: 'What moves the answer most',
  driverLine: '{rank}. {input}: {low} to {high} ({alternative})',
  noDrivers: 'No sensitivity analysis: run it in the add-in to see which inputs matter most.',
  sectionUncertainty: 'The uncertainty in plain words',
  cheapestIn: '{name} is the cheapest in {count} of 100 simulations.',
  range80: '{name}: 8 in 10 simulations give a total between {low} and {high}.',
  runFacts: '{iterations} simulations, seed {seed} (sheet Sensitivity).',
  sectionAssumptions: 'Assumptions',
  assumeYears: 'Base year {baseYear}, horizon {years} years ({first}–{last})',
  assumeIndex: 'Index {rate} per year',
  assumeIndexOwn: 'Index {rate} per year, own rates for {years}',
  assumeDiscount: 'Discount rate {rate} (present value)',
  assumeOptionsOn: 'Option years count as used (as the contract value under LOU)',
  assumeOptionsOff: 'Option years not counted (contract length only)',
  assumeVat: 'All amounts excluding VAT',
  assumeSources: '{count} of {total} cost lines name a source',
  changesTotals: 'Total: {list}',
  changesRows: '{count} input rows changed: {list}.',
  changesRowsMore: '{count} input rows changed: {list}; and {more} more (sheet {sheet}).',
  sectionTrail: 'Discussed in',
  trailForum: 'Forum',
  trailDate: 'Date',
  trailDecision: 'Decision',
  trailBasis: 'Based on',
  trailNone: '(no forum yet)',
  trailThis: 'this version',
  trailEarlier: 'earlier: ',
  trailUnknown: 'unknown',
  trailMissing: 'The workbook has no decision trail: "Add to the decision trail" in the add-in creates the sheet.',
  recommendation: 'Recommendation',
  noRecommendation: '(no recommendation yet – written on the decision trail sheet)',
  wordsFrom:
    'The question, decision and recommendation are written on the sheet {sheet}; the latest trail rows show here.',
};

export const BRIEF_LABELS: Record<Language, Record<BriefLabelKey, string>> = { sv, en };

export function briefLabel(language: Language, key: BriefLabelKey, params: Record<string, string> = {}): string {
  return BRIEF_LABELS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`brief label '${key}' needs the parameter '${name}'`);
    return value;
  });
}

/** "3 %" / "2,5 %": a rate inside a sentence, as typed (0.025 → 2,5 %). */
export function rateText(language: Language, rate: number): string {
  return `${formatNumber(rate * 100, language, 0, 4)} %`;
}

const DIVISOR: Record<DisplayUnit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

/** The display unit's size in kronor (kr 1, tkr 1 000, mnkr 1 000 000). */
export const unitDivisor = (unit: DisplayUnit): number => DIVISOR[unit];

/**
 * An amount in öre as a sentence shows it, in the display unit: "563 340 tkr",
 * "563,3 mnkr" (one decimal in mnkr, as the sheets' format), with the sign
 * ("+6 180 tkr") when `signed`. Rounded half away from zero, as the sheets.
 */
export function amountText(
  language: Language,
  ore: number,
  unit: DisplayUnit,
  unitText: string,
  signed = false,
): string {
  const decimals = unit === 'mnkr' ? 1 : 0;
  const factor = 10 ** decimals;
  const scaled = ore / 100 / DIVISOR[unit];
  const rounded = (Math.sign(scaled) * Math.round(Math.abs(scaled) * factor)) / factor;
  return `${signed && rounded > 0 ? '+' : ''}${formatNumber(rounded, language, decimals, decimals)} ${unitText}`;
}

/** A count as a sentence shows it: "10 000" (Swedish), "10,000" (English). */
export function countText(language: Language, n: number): string {
  return formatNumber(n, language, 0, 0);
}
