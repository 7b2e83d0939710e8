/**
 * Every text the engine shows a person, in Swedish (default) and English, in
 * one place. Each message names the item by its id and, when the reader
 * recorded where the item came from, its cell (Kostnader!D7), so the analyst
 * can go straight to it.
 */

import type { CellRef, FieldCells, SchoolForm } from './model';

import type { Bilingual } from './text';

/** A text in both languages (src/engine/text.ts). */
export type Text = Bilingual;

/** 'Kostnader!D7', quoting sheet names with spaces the way Excel does. */
export function cellName(ref: CellRef): string {
  const sheet = /^[A-Za-z0-9_åäöÅÄÖ]+$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${ref.cell}`;
}

/** An item as named in a message: its kind, id and cell, e.g. kostnadsraden "lic-1" (Kostnader!D7). */
export interface Item {
  kind: ItemKind;
  id: string;
  source?: CellRef;
  /** The cells of its fields, where the reader recorded them (a field's problem points there). */
  cells?: FieldCells;
}

/**
 * Fields as the analyst sees them: the column headers of the input sheets
 * (src/workbook/schema/format.ts; a test keeps the two equal). The engine
 * cannot import the workbook layer, so the words are repeated here once.
 * A field without an entry (a payer id in a percentage key) is shown as is.
 */
export const FIELD_LABELS: Record<string, Text> = {
  pupils: { sv: 'Elever/barn', en: 'Pupils/children' },
  staff: { sv: 'Personal', en: 'Staff' },
  guardians: { sv: 'Vårdnadshavare', en: 'Guardians' },
  units: { sv: 'Enheter', en: 'Units' },
  users: { sv: 'Användare', en: 'Users' },
  weight: { sv: 'Vikt', en: 'Weight' },
  share: { sv: 'Andel', en: 'Share' },
  amount: { sv: 'Belopp', en: 'Amount' },
  min: { sv: 'Min', en: 'Min' },
  max: { sv: 'Max', en: 'Max' },
  price: { sv: 'Pris', en: 'Price' },
  annualCost: { sv: 'Årskostnad', en: 'Annual cost' },
  monthlyRunOnCost: { sv: 'Förlängning per månad', en: 'Run-on per month' },
  fte: { sv: 'Årsarbetare', en: 'FTE' },
  costPerFte: { sv: 'Kostnad per årsarbetare', en: 'Cost per FTE' },
  procurementCost: { sv: 'Upphandlingskostnad', en: 'Procurement cost' },
  managementFte: { sv: 'Avtalsförvaltning (årsarbetare)', en: 'Contract management (FTE)' },
  lengthYears: { sv: 'Längd (år)', en: 'Length (years)' },
  optionYears: { sv: 'Option (år)', en: 'Options (years)' },
  goLive: { sv: 'Driftstart', en: 'Go-live' },
  firstYear: { sv: 'Från år', en: 'First year' },
  lastYear: { sv: 'Till år', en: 'Last year' },
  baseYear: { sv: 'Basår', en: 'Base year' },
  horizonYears: { sv: 'Horisont (år)', en: 'Horizon (years)' },
  defaultIndexRate: { sv: 'Index per år', en: 'Index rate per year' },
  discountRate: { sv: 'Diskonteringsränta', en: 'Discount rate' },
  directAwardLimit: { sv: 'Direktupphandlingsgräns', en: 'Direct-award limit' },
  countOptions: { sv: 'Räkna optionsår', en: 'Count option years' },
  sharedCostKey: { sv: 'Fördelning av gemensamma kostnader', en: 'Allocation of shared costs' },
  sharedCostPayer: { sv: 'Betalare för kostnader utan användare', en: 'Payer for costs without users' },
};

/** A field's header in the language, e.g. 'Elever/barn' for 'pupils'; a field without one as is. */
export function fieldLabel(field: string, lang: 'sv' | 'en'): string {
  return FIELD_LABELS[field]?.[lang] ?? field;
}

export type ItemKind =
  | 'payer'
  | 'solution'
  | 'usage'
  | 'costLine'
  | 'percentKey'
  | 'agreement'
  | 'alternative'
  | 'contract'
  | 'resource'
  | 'parameter';

const KIND: Record<ItemKind, Text> = {
  payer: { sv: 'Betalaren', en: 'Payer' },
  solution: { sv: 'Lösningen', en: 'Solution' },
  usage: { sv: 'Användningsraden', en: 'Usage row' },
  costLine: { sv: 'Kostnadsraden', en: 'Cost line' },
  percentKey: { sv: 'Fördelningsnyckeln', en: 'Allocation key' },
  agreement: { sv: 'Avtalet', en: 'Agreement' },
  alternative: { sv: 'Alternativet', en: 'Alternative' },
  contract: { sv: 'Kontraktet', en: 'Contract' },
  resource: { sv: 'Resursen', en: 'Resource' },
  parameter: { sv: 'Parametern', en: 'Parameter' },
};

function name(item: Item, lang: 'sv' | 'en'): string {
  const where = item.source ? ` (${cellName(item.source)})` : '';
  return `${KIND[item.kind][lang]} "${item.kind === 'parameter' ? parameterLabel(item.id, lang) : item.id}"${where}`;
}

/** A parameter as its row on Parametrar names it ('Horisont (år)', not 'horizonYears'); an index year as 'Index per år 2026'. */
function parameterLabel(id: string, lang: 'sv' | 'en'): string {
  const year = /^indexRates\.(\d+)$/.exec(id)?.[1];
  return year ? `${fieldLabel('defaultIndexRate', lang)} ${year}` : fieldLabel(id, lang);
}

/**
 * School forms as the analyst writes them in the sheets (src/workbook/schema/
 * choices.ts; a test keeps the two equal), never the model's English ids.
 */
export const SCHOOL_FORM_LABELS: Record<SchoolForm, Text> = {
  preschool: { sv: 'förskola', en: 'preschool' },
  preschoolClass: { sv: 'förskoleklass', en: 'preschool class' },
  compulsory: { sv: 'grundskola', en: 'compulsory school' },
  leisureCentre: { sv: 'fritidshem', en: 'leisure-time centre' },
  adaptedCompulsory: { sv: 'anpassad grundskola', en: 'adapted compulsory school' },
  upperSecondary: { sv: 'gymnasieskola', en: 'upper secondary school' },
  adaptedUpperSecondary: { sv: 'anpassad gymnasieskola', en: 'adapted upper secondary school' },
  adultEducation: { sv: 'komvux', en: 'municipal adult education' },
  sfi: { sv: 'sfi', en: 'sfi' },
};

/** A school form id as written in the sheets; an id the model does not know as is. */
const schoolFormText = (id: string, lang: 'sv' | 'en'): string => SCHOOL_FORM_LABELS[id as SchoolForm]?.[lang] ?? id;

const pct = (fraction: number, lang: 'sv' | 'en'): string => {
  const text = (Math.round(fraction * 10000) / 100).toString();
  return `${lang === 'sv' ? text.replace('.', ',') : text} %`;
};

export const messages = {
  duplicateId: (item: Item): Text => ({
    sv: `${name(item, 'sv')}: id:t förekommer mer än en gång.`,
    en: `${name(item, 'en')}: the id occurs more than once.`,
  }),
  invalidParameter: (item: Item, rule: Text): Text => ({
    sv: `${name(item, 'sv')}: ${rule.sv}`,
    en: `${name(item, 'en')}: ${rule.en}`,
  }),
  notANumber: (item: Item, field: string): Text => ({
    sv: `${name(item, 'sv')}: ${fieldLabel(field, 'sv')} är inte ett tal.`,
    en: `${name(item, 'en')}: ${fieldLabel(field, 'en')} is not a number.`,
  }),
  negativeValue: (item: Item, field: string, value: number): Text => ({
    sv: `${name(item, 'sv')}: ${fieldLabel(field, 'sv')} är negativt (${value}); ange 0 eller mer.`,
    en: `${name(item, 'en')}: ${fieldLabel(field, 'en')} is negative (${value}); enter 0 or more.`,
  }),
  shareAboveOne: (item: Item, value: number): Text => ({
    sv: `${name(item, 'sv')}: andelen ${pct(value, 'sv')} är större än 100 %.`,
    en: `${name(item, 'en')}: the share ${pct(value, 'en')} is above 100 %.`,
  }),
  rangeOutside: (item: Item): Text => ({
    sv: `${name(item, 'sv')}: min, trolig och max måste uppfylla min ≤ belopp ≤ max.`,
    en: `${name(item, 'en')}: min, likely and max must satisfy min ≤ amount ≤ max.`,
  }),
  notWholeYears: (item: Item): Text => ({
    sv: `${name(item, 'sv')}: längd och optioner måste vara hela år.`,
    en: `${name(item, 'en')}: length and options must be whole years.`,
  }),
  notADate: (item: Item, value: string): Text => ({
    sv: `${name(item, 'sv')}: "${value}" är inget datum (ÅÅÅÅ-MM-DD).`,
    en: `${name(item, 'en')}: "${value}" is not a date (YYYY-MM-DD).`,
  }),
  unknownSchoolForm: (item: Item, form: string): Text => ({
    sv: `${name(item, 'sv')}: skolformen "${form}" finns inte.`,
    en: `${name(item, 'en')}: there is no school form "${form}".`,
  }),
  unknownSolution: (item: Item, solutionId: string): Text => ({
    sv: `${name(item, 'sv')}: lösningen "${solutionId}" finns inte i listan över lösningar.`,
    en: `${name(item, 'en')}: solution "${solutionId}" is not in the list of solutions.`,
  }),
  unknownPayer: (item: Item, payerId: string): Text => ({
    sv: `${name(item, 'sv')}: betalaren "${payerId}" finns inte i listan över betalare.`,
    en: `${name(item, 'en')}: payer "${payerId}" is not in the list of payers.`,
  }),
  unknownAllocationKey: (item: Item, keyId: string): Text => ({
    sv: `${name(item, 'sv')}: fördelningsnyckeln "${keyId}" finns inte.`,
    en: `${name(item, 'en')}: there is no allocation key "${keyId}".`,
  }),
  percentagesNot100: (item: Item, total: number): Text => ({
    sv: `${name(item, 'sv')}: andelarna summerar till ${pct(total, 'sv')}, inte 100 %.`,
    en: `${name(item, 'en')}: the percentages total ${pct(total, 'en')}, not 100 %.`,
  }),
  reversedYears: (item: Item, first: number, last: number): Text => ({
    sv: `${name(item, 'sv')}: första året ${first} ligger efter sista året ${last}.`,
    en: `${name(item, 'en')}: the first year ${first} is after the last year ${last}.`,
  }),
  overlappingYears: (item: Item, otherId: string, solutionId: string): Text => ({
    sv: `${name(item, 'sv')} och kostnadsraden "${otherId}" gäller samma post för lösningen "${solutionId}" under samma år; kontrollera att kostnaden inte räknas dubbelt.`,
    en: `${name(item, 'en')} and cost line "${otherId}" are the same item of solution "${solutionId}" in overlapping years; check that the cost is not counted twice.`,
  }),
  tierMissing: (item: Item): Text => ({
    sv: `${name(item, 'sv')}: trappstegsprissättning utan prisintervall.`,
    en: `${name(item, 'en')}: tiered pricing without any bands.`,
  }),
  tierGap: (item: Item, after: number, next: number): Text => ({
    sv: `${name(item, 'sv')}: prisintervallen har ett glapp mellan ${after} och ${next}.`,
    en: `${name(item, 'en')}: the price bands leave a gap between ${after} and ${next}.`,
  }),
  tierStart: (item: Item, from: number): Text => ({
    sv: `${name(item, 'sv')}: första prisintervallet börjar på ${from}, inte på 1.`,
    en: `${name(item, 'en')}: the first price band starts at ${from}, not at 1.`,
  }),
  tierOverlap: (item: Item, from: number): Text => ({
    sv: `${name(item, 'sv')}: prisintervallen överlappar vid ${from}.`,
    en: `${name(item, 'en')}: the price bands overlap at ${from}.`,
  }),
  tierReversed: (item: Item, from: number, to: number): Text => ({
    sv: `${name(item, 'sv')}: prisintervallet ${from}–${to} slutar före sin början.`,
    en: `${name(item, 'en')}: the price band ${from}–${to} ends before it starts.`,
  }),
  uncoveredSolution: (item: Item, solutionId: string, schoolForm: string, payerIds: string[]): Text => ({
    sv: `${name(item, 'sv')}: lösningen "${solutionId}" används i skolformen ${schoolFormText(schoolForm, 'sv')} (${list(payerIds)}) men inget kontrakt täcker den.`,
    en: `${name(item, 'en')}: solution "${solutionId}" is used in school form ${schoolFormText(schoolForm, 'en')} (${list(payerIds)}) but no contract covers it.`,
  }),
  coverageGap: (item: Item, solutionId: string, schoolForm: string, years: number[], contractId: string): Text => ({
    sv: `${name(item, 'sv')}: lösningen "${solutionId}" saknar kontrakt för skolformen ${schoolFormText(schoolForm, 'sv')} ${yearList(years)} (kontraktet "${contractId}" har slutat, optioner medräknade). Förläng kontraktet, lägg till ett kontrakt eller ange Ja i Efterträdare upphandlas.`,
    en: `${name(item, 'en')}: solution "${solutionId}" has no contract for school form ${schoolFormText(schoolForm, 'en')} ${yearList(years, 'en')} (contract "${contractId}" has ended, options included). Lengthen the contract, add one, or enter Yes under Successor procured.`,
  }),
  solutionCoveredTwice: (item: Item, solutionId: string, schoolForms: string[], contractIds: string[]): Text => ({
    sv: `${name(item, 'sv')}: lösningen "${solutionId}" täcks för ${list(schoolForms.map((f) => schoolFormText(f, 'sv')))} av flera kontrakt (${list(contractIds)}).`,
    en: `${name(item, 'en')}: solution "${solutionId}" is covered for ${list(schoolForms.map((f) => schoolFormText(f, 'en')))} by more than one contract (${list(contractIds)}).`,
  }),
  goLiveBeyondHorizon: (item: Item, goLive: string, lastYear: number): Text => ({
    sv: `${name(item, 'sv')}: driftstarten ${goLive} ligger efter kalkylperiodens slut (${lastYear}).`,
    en: `${name(item, 'en')}: go-live ${goLive} is after the end of the horizon (${lastYear}).`,
  }),
  unusedSolution: (item: Item): Text => ({
    sv: `${name(item, 'sv')} används inte av någon betalare; dess kostnader redovisas som ofördelade.`,
    en: `${name(item, 'en')} is used by no payer; its costs are shown as unallocated.`,
  }),
  nothingToAllocate: (item: Item, contractId: string, alternativeId: string): Text => ({
    sv: `${name(item, 'sv')} når ingen betalare med något att fördela efter i kontraktet "${contractId}" (alternativ "${alternativeId}"); beloppet redovisas som ofördelat.`,
    en: `${name(item, 'en')} reaches no payer with anything to allocate by in contract "${contractId}" (alternative "${alternativeId}"); the amount is shown as unallocated.`,
  }),
  /**
   * A shared cost (procurement, contract management, internal staff) that
   * reaches nobody with users and no payer is named for it: financing follows
   * use, so who pays is a decision for the management group (FLG), not for
   * the model.
   */
  sharedCostUnallocated: (item: Item, alternativeId: string | undefined, contractId?: string): Text => {
    const where = {
      sv:
        contractId !== undefined
          ? ` i kontraktet "${contractId}" (alternativ "${alternativeId ?? '–'}")`
          : alternativeId !== undefined
            ? ` i alternativet "${alternativeId}"`
            : '',
      en:
        contractId !== undefined
          ? ` in contract "${contractId}" (alternative "${alternativeId ?? '–'}")`
          : alternativeId !== undefined
            ? ` in alternative "${alternativeId}"`
            : '',
    };
    return {
      sv: `${name(item, 'sv')} når ingen betalare med användare${where.sv}, och ingen betalare är angiven för kostnader utan användare; beloppet redovisas som ofördelat. Vem som betalar är ett finansieringsbeslut för ledningsgruppen (FLG): ange betalaren i Parametrar, raden "Betalare för kostnader utan användare", när det är beslutat.`,
      en: `${name(item, 'en')} reaches no payer with users${where.en}, and no payer is named for costs without users; the amount is shown as unallocated. Who pays is a financing decision for the management group (FLG): enter the payer in Parametrar, row "Betalare för kostnader utan användare" (payer for costs without users), once it is decided.`,
    };
  },
  optionYearsRelied: (
    item: Item,
    alternativeId: string,
    optionYears: number,
    years: number[],
    solutionIds: string[],
  ): Text => ({
    sv: `${name(item, 'sv')}: alternativet "${alternativeId}" täcker ${list(solutionIds)} ${yearList(years)} bara med kontraktets ${optionYears} optionsår. En option får utnyttjas utan ny upphandling bara om den står klart och tydligt i det ursprungliga avtalet (LOU 17 kap. 10 §): kontrollera att avtalet har optionerna, eller ange Ja i Efterträdare upphandlas. Utan optionerna saknas kontrakt dessa år (därför visar Jämförelsen ingen summa utan optioner).`,
    en: `${name(item, 'en')}: alternative "${alternativeId}" covers ${list(solutionIds)} ${yearList(years, 'en')} only through the contract's ${optionYears} option years. An option may be used without a new procurement only if it is written clearly and precisely into the original contract (LOU ch. 17 § 10): check that the contract has them, or enter Yes under Successor procured. Without the options no contract covers those years (so the comparison shows no total without options).`,
  }),
  percentKeyOutsideBase: (item: Item, keyId: string, payerIds: string[], contractId: string): Text => ({
    sv: `${name(item, 'sv')}: fördelningsnyckeln "${keyId}" anger betalare som inte använder lösningen i kontraktet "${contractId}" (${list(payerIds)}); övriga andelar räknas om till 100 %.`,
    en: `${name(item, 'en')}: allocation key "${keyId}" names payers that do not use the solution in contract "${contractId}" (${list(payerIds)}); the other shares are rescaled to 100 %.`,
  }),
} as const;

/** At most five names, then "…": a message must stay readable with 2,000 payers. */
/** "år 2031" / "åren 2031–2033" (consecutive years as a range), or in English "in 2031" / "in 2031–2033". */
function yearList(years: readonly number[], lang: 'sv' | 'en' = 'sv'): string {
  const ranges: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    ranges.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  const text = ranges.join(', ');
  if (lang === 'en') return `in ${text}`;
  return years.length === 1 ? `år ${text}` : `åren ${text}`;
}

function list(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown}, … (${ids.length})` : shown;
}

/** Rules quoted by invalidParameter. */
export const rules = {
  wholeYear: { sv: 'måste vara ett helt årtal.', en: 'must be a whole year.' },
  horizon: {
    sv: 'kalkylperioden måste vara 1–100 hela år.',
    en: 'the horizon must be 1–100 whole years.',
  },
  rate: {
    sv: 'räntan eller indexet måste vara ett tal större än −100 %.',
    en: 'the rate must be a number above −100 %.',
  },
  costPerFte: {
    sv: 'kostnaden per årsarbetare måste vara ett tal ≥ 0.',
    en: 'the cost per FTE must be a number ≥ 0.',
  },
} as const;
