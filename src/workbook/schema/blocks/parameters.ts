/** The parameters block (tblParametrar) of the Parametrar sheet: its columns by name (see ../format.ts). */
import { MONEY_UNIT_CHOICES } from '../choices';
import type { FieldSpec } from '../types';
import { T, block, column, t } from './define';
import { unitColumn } from './sharedColumns';

const parameterFields: readonly FieldSpec[] = [
  {
    key: 'baseYear',
    sv: 'Basår',
    en: 'Base year',
    aliases: ['Prisår', 'Startår'],
    type: T.year,
    required: true,
    help: t(
      'Prisnivå för alla belopp och första år i horisonten.',
      'Price level of every amount and first year of the horizon.',
    ),
  },
  {
    key: 'horizonYears',
    sv: 'Horisont (år)',
    en: 'Horizon (years)',
    aliases: ['Horisont', 'Antal år', 'Kalkylperiod', 'Horizon'],
    type: T.integer,
    required: true,
    help: t('Antal år från och med basåret.', 'Number of years from the base year inclusive.'),
  },
  {
    key: 'defaultIndexRate',
    sv: 'Index per år',
    en: 'Index rate per year',
    aliases: ['Index', 'Indexuppräkning', 'Standardindex', 'Default index rate'],
    type: T.rate,
    required: true,
    help: t(
      'Uppräkning in i varje år som saknas i tabellen Index per år. IT-avtal räknas oftast upp med SCB:s arbetskostnadsindex (AKI) för tjänstemän inom information och kommunikation (SNI J); välj inte KPI av vana.',
      'Rate into each year missing from the Index per year table. Swedish IT contracts usually follow Statistics Sweden’s labour cost index (LCI) for salaried staff in information and communication (NACE J); do not pick CPI by habit.',
    ),
  },
  {
    key: 'discountRate',
    sv: 'Diskonteringsränta',
    en: 'Discount rate',
    aliases: ['Kalkylränta', 'Internränta', 'Ränta'],
    type: T.rate,
    required: true,
    help: t(
      'För nuvärde. SKR föreslår internräntan 2,5 % för 2025 (1,0 % 2022, 1,25 % 2023); varje kommun beslutar sin egen.',
      'For present value. SKR suggests an internal rate of 2.5 % for 2025 (1.0 % 2022, 1.25 % 2023); each municipality sets its own.',
    ),
  },
  {
    key: 'costPerFte',
    sv: 'Kostnad per årsarbetare',
    en: 'Cost per FTE',
    aliases: ['Årskostnad per årsarbetare', 'Kostnad per FTE'],
    type: T.money,
    required: true,
    help: t(
      'För avtalsförvaltning (och interna resurser utan egen kostnad).',
      'For contract management (and internal staff without their own cost).',
    ),
  },
  {
    key: 'displayUnit',
    sv: 'Visningsenhet',
    en: 'Display unit',
    aliases: ['Enhet i rapporter', 'Rapportenhet', 'Report unit'],
    type: { kind: 'choice', choices: MONEY_UNIT_CHOICES },
    required: false,
    blank: t('tkr', 'kSEK (tkr)'),
    help: t('Enhet på scenariobladen: kr, tkr eller mnkr.', 'Unit on the scenario sheets: SEK, kSEK or MSEK.'),
  },
  {
    key: 'directAwardLimit',
    sv: 'Direktupphandlingsgräns',
    en: 'Direct-award limit',
    aliases: ['Gräns för direktupphandling', 'Direct award limit'],
    type: T.money,
    required: false,
    blank: t('700 000 kr', '700,000 kr'),
    help: t(
      'LOU 19 kap. 12 §: 700 000 kr från 1 februari 2022, räknat på kontraktets hela värde med optioner. Ett kontrakt under gränsen ger en varning.',
      'LOU ch. 19 § 12: 700,000 kr from 1 February 2022, counted on the contract’s whole value with options. A contract below it gives a warning.',
    ),
    addedLater: true,
  },
  {
    key: 'countOptions',
    sv: 'Räkna optionsår',
    en: 'Count option years',
    aliases: ['Optionsår räknas', 'Med optioner', 'Count options'],
    type: T.boolean,
    required: false,
    blank: t('Ja', 'Yes'),
    help: t(
      'Ja: kontrakten löper även sina optionsår (som kontraktsvärdet enligt LOU). Nej: bara avtalslängden. Jämförelsen visar totalen båda sätten.',
      'Yes: contracts run their option years too (as the contract value under LOU). No: their length only. The comparison shows the totals both ways.',
    ),
    addedLater: true,
  },
  {
    key: 'sharedCostKey',
    sv: 'Fördelning av gemensamma kostnader',
    en: 'Allocation of shared costs',
    aliases: ['Nyckel för gemensamma kostnader', 'Shared cost key', 'Shared costs allocation'],
    type: T.text,
    required: false,
    blank: t('efter antal', 'by count'),
    help: t(
      'Hur upphandling, avtalsförvaltning och interna resurser delas: efter antal (användare × andel, summerad över kontraktets lösningar), lika delar, viktad, eller namnet på en fördelningsnyckel (Resurser).',
      'How procurement, contract management and internal staff are shared: by count (users × share, summed over the contract’s solutions), equal shares, weighted, or the name of an allocation key (Resources).',
    ),
    addedLater: true,
  },
  {
    key: 'sharedCostPayer',
    sv: 'Betalare för kostnader utan användare',
    en: 'Payer for costs without users',
    aliases: ['Betalare utan användare', 'Payer without users'],
    type: T.text,
    required: false,
    blank: t('ingen (ofördelat)', 'none (unallocated)'),
    help: t(
      'Betalaren som bär en gemensam kostnad som ingen med användare når (t.ex. ett kontrakt ingen använder). Tom: beloppet redovisas som ofördelat med en varning – vem som betalar beslutas av FLG.',
      'The payer bearing a shared cost that reaches nobody with users (e.g. a contract nobody uses). Blank: shown as unallocated with a warning – who pays is for FLG to decide.',
    ),
    addedLater: true,
  },
];

export const parameters = block({
  key: 'parameters',
  sheet: 'parameters',
  table: 'tblParametrar',
  title: t('Parametrar', 'Parameters'),
  help: t(
    'En rad per parameter: namnet i första kolumnen, värdet bredvid.',
    'One row per parameter: the name in the first column, the value beside it.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'name',
      sv: 'Parameter',
      en: 'Parameter',
      aliases: ['Namn', 'Inställning', 'Name', 'Setting'],
      type: T.text,
      required: true,
      help: t('Parameterns namn.', 'The parameter’s name.'),
      width: 28,
    }),
    column({
      key: 'value',
      sv: 'Värde',
      en: 'Value',
      aliases: ['Value'],
      type: T.text,
      required: true,
      help: t('Värdet.', 'The value.'),
      width: 14,
    }),
    unitColumn,
  ],
  fields: parameterFields,
});
