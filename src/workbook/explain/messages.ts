/**
 * The explainer's sentence parts in Swedish and English. User-facing text, so
 * it lives here in one place; placeholders are filled by `say`.
 */
import type { ExplainLanguage } from './types';

const sv = {
  roundedKr: '(avrundat till hela kronor)',
  roundedOre: '(avrundat till hela ören)',
  tierCost: 'kostnad enligt pristrappan',
  index: 'index {value}',
  sumYears: 'summan av {count} år ({first}–{last})',
  sumRows: 'summan av {count} rader ({first} … {last})',
  sumCells: 'summan av {count} celler i {range}',
  years: '{count} år',
  notApplicable: '”–”: ej tillämpligt eftersom {label} är 0',
  npv: 'nuvärdet: varje års belopp ({range}) × årets diskonteringsfaktor ({factors}), summerat',
  allocationSum:
    'summan av betalarens andelar år {year}: varje kostnadspost fördelas på betalarna enligt fördelningsnyckeln, största-rest-metoden i hela kronor (Beräkningsunderlag, rad {first}–{last})',
  allocationShare:
    'andel av {amount} enligt fördelningsnyckel, största-rest-metoden: heltalsdelen {floor} + {extra} kr för de största resterna',
  unallocatedSum:
    'summan av det som inte kunde fördelas år {year}: kostnadsposter där ingen betalare har någon vikt (Beräkningsunderlag, rad {first}–{last})',
  crossSheet: 'hämtat från bladet ”{sheet}” cell {cell} ({label})',
  notComputed: 'kan inte förklaras steg för steg: {formula}',
} as const;

export type ExplainMessageKey = keyof typeof sv;

const en: { readonly [K in ExplainMessageKey]: string } = {
  roundedKr: '(rounded to whole kronor)',
  roundedOre: '(rounded to whole öre)',
  tierCost: 'cost by the price tiers',
  index: 'index {value}',
  sumYears: 'the sum of {count} years ({first}–{last})',
  sumRows: 'the sum of {count} rows ({first} … {last})',
  sumCells: 'the sum of {count} cells in {range}',
  years: '{count} years',
  notApplicable: '“–”: not applicable because {label} is 0',
  npv: "present value: each year's amount ({range}) × the year's discount factor ({factors}), summed",
  allocationSum:
    "the sum of the payer's shares in {year}: each cost entry is shared among the payers by the allocation key, largest remainder method in whole kronor (calculation helpers, rows {first}–{last})",
  allocationShare:
    'share of {amount} by the allocation key, largest remainder method: whole part {floor} + {extra} kr for the largest remainders',
  unallocatedSum:
    'the sum of what could not be allocated in {year}: cost entries where no payer has any weight (calculation helpers, rows {first}–{last})',
  crossSheet: 'taken from sheet “{sheet}” cell {cell} ({label})',
  notComputed: 'cannot be explained step by step: {formula}',
};

export const explainMessages: Record<ExplainLanguage, { readonly [K in ExplainMessageKey]: string }> = { sv, en };

export function say(
  language: ExplainLanguage,
  key: ExplainMessageKey,
  params: Record<string, string | number> = {},
): string {
  return explainMessages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
