/**
 * The input workbook format: which sheets, which blocks (Excel tables) on
 * each, which columns in each block. The single source of truth for the
 * reader (src/workbook/read), the input-sheet writer (src/workbook/inputs)
 * and docs/workbook-format.md (a test checks the doc names every header).
 */
import {
  ALLOCATION_CHOICES,
  BASIS_CHOICES,
  COST_ITEM_CHOICES,
  MONEY_UNIT_CHOICES,
  PHASE_CHOICES,
  RECURRENCE_CHOICES,
  SCHOOL_FORM_CHOICES,
  TIER_CHOICES,
} from './choices';
import type { BlockKey, BlockSpec, ColumnSpec, ColumnType, FieldSpec, SheetKey, SheetSpec, Texts } from './types';

const T = {
  text: { kind: 'text' },
  number: { kind: 'number' },
  integer: { kind: 'integer' },
  money: { kind: 'money' },
  unit: { kind: 'moneyUnit' },
  year: { kind: 'year' },
  share: { kind: 'percentage', scale: 'share' },
  rate: { kind: 'percentage', scale: 'rate' },
  boolean: { kind: 'boolean' },
  date: { kind: 'date' },
} satisfies Record<string, ColumnType>;

const t = (sv: string, en: string): Texts => ({ sv, en });

/**
 * One column, its fields named. The helper only keeps the key's literal type,
 * so each block's column keys become a type (ColumnKey) that readers are
 * checked against: `r.text('nmae')` does not compile.
 */
function column<const K extends string>(spec: ColumnSpec<K>): ColumnSpec<K> {
  return spec;
}

/** One block; its column keys are inferred from its columns (see ColumnKey). */
function block<const K extends string>(spec: BlockSpec<K>): BlockSpec<K> {
  return spec;
}

/** The money unit column shared by every block with amounts. */
const unitColumn = column({
  key: 'unit',
  sv: 'Enhet',
  en: 'Unit',
  aliases: ['Belopp i', 'Valuta', 'Amounts in', 'Currency'],
  type: T.unit,
  required: false,
  help: t(
    'Enhet för radens belopp: kr, tkr eller mnkr.',
    'Unit of the row’s amounts: SEK (kr), kSEK (tkr) or MSEK (mnkr).',
  ),
  width: 8,
  blank: t('kr', 'kr (SEK)'),
});

const indexedColumn = column({
  key: 'indexed',
  sv: 'Indexeras',
  en: 'Indexed',
  aliases: ['Index', 'Indexerad', 'Indexering', 'Indexation'],
  type: T.boolean,
  required: false,
  help: t('Räknas beloppet upp med årets index?', 'Is the amount raised by the yearly index?'),
  width: 10,
  blank: t('ja', 'yes'),
});

/**
 * Where a row's figures come from ("offert 2021-10-12", "SCB", "uppskattning"):
 * free text, carried into the scenario sheets' input snapshot so a reader can
 * trace a figure to its source, and counted on the decision brief.
 */
const provenanceColumn = column({
  key: 'provenance',
  sv: 'Källa',
  en: 'Source',
  aliases: ['Underlag', 'Referens', 'Källhänvisning', 'Reference', 'Data source'],
  type: T.text,
  required: false,
  help: t(
    'Varifrån radens siffror kommer, t.ex. "offert 2021-10-12", "SCB 2023" eller "uppskattning".',
    'Where the row’s figures come from, e.g. "quote 2021-10-12", "Statistics Sweden 2023" or "estimate".',
  ),
  width: 22,
  blank: t('ingen källa angiven', 'no source given'),
});

const solutions = block({
  key: 'solutions',
  sheet: 'costs',
  table: 'tblLosningar',
  title: t('Lösningar', 'Solutions'),
  help: t(
    'En rad per lösning (systemfunktion). Namnet är lösningens id i alla andra tabeller.',
    'One row per solution (system function). The name is its id in every other table.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'name',
      sv: 'Lösning',
      en: 'Solution',
      aliases: ['Funktion', 'System', 'Systemfunktion', 'Function'],
      type: T.text,
      required: true,
      help: t('Lösningens namn, unikt.', 'The solution’s name, unique.'),
      width: 30,
    }),
  ],
});

const costLines = block({
  key: 'costLines',
  sheet: 'costs',
  table: 'tblKostnader',
  title: t('Kostnadsrader', 'Cost lines'),
  help: t(
    'En rad per kostnad för en lösning. I ett alternativ uppstår raden en gång per kontrakt som omfattar lösningen.',
    'One row per cost of a solution. In an alternative the line is incurred once per contract that covers the solution.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'id',
      sv: 'Id',
      en: 'Id',
      aliases: ['Kostnadsrad', 'Cost line', 'Rad-id'],
      type: T.text,
      required: false,
      help: t(
        'Radens namn, unikt. Tomt = "Lösning: Kostnadsslag".',
        'The line’s name, unique. Blank = "Solution: Cost item".',
      ),
      width: 28,
      blank: t('"Lösning: Kostnadsslag" (numreras vid upprepning)', '"Solution: Cost item" (numbered when repeated)'),
    }),
    column({
      key: 'solution',
      sv: 'Lösning',
      en: 'Solution',
      aliases: ['Funktion', 'System', 'Function'],
      type: T.text,
      required: true,
      help: t('En lösning från tabellen Lösningar.', 'A solution from the Solutions table.'),
      width: 24,
    }),
    column({
      key: 'item',
      sv: 'Kostnadsslag',
      en: 'Cost item',
      aliases: ['Kostnadspost', 'Post', 'Item', 'Cost type'],
      type: { kind: 'choice', choices: COST_ITEM_CHOICES },
      required: true,
      help: t(
        'licens, implementering, migrering, integration, utbildning, drift, förvaltning eller övrigt.',
        'licence, implementation, migration, integration, training, operation, management or other.',
      ),
      width: 16,
    }),
    column({
      key: 'recurrence',
      sv: 'Typ',
      en: 'Recurrence',
      aliases: ['Engångs/årlig', 'Engång/årlig', 'Frekvens', 'Type', 'One-off/yearly'],
      type: { kind: 'choice', choices: RECURRENCE_CHOICES },
      required: true,
      help: t('engångs eller årlig.', 'one-off or yearly.'),
      width: 10,
    }),
    column({
      key: 'basis',
      sv: 'Prismodell',
      en: 'Pricing basis',
      aliases: ['Prissättning', 'Pris per', 'Pricing', 'Basis'],
      type: { kind: 'choice', choices: BASIS_CHOICES },
      required: true,
      help: t(
        'fast, per elev, per personal, per vårdnadshavare, per enhet eller per användare.',
        'fixed, per pupil, per staff, per guardian, per unit or per user.',
      ),
      width: 18,
    }),
    column({
      key: 'tiers',
      sv: 'Trappa',
      en: 'Tiers',
      aliases: ['Pristrappa', 'Prisstege', 'Tier mode', 'Tiered'],
      type: { kind: 'choice', choices: TIER_CHOICES },
      required: false,
      help: t(
        'stegvis eller volym: priset kommer från tabellen Prisstegar.',
        'graduated or volume: the price comes from the Price tiers table.',
      ),
      width: 10,
      blank: t('ingen trappa: priset står i Belopp', 'no tiers: the price is in Amount'),
    }),
    column({
      key: 'amount',
      sv: 'Belopp',
      en: 'Amount',
      aliases: ['Pris', 'Kostnad', 'Belopp (kr)', 'Price', 'Cost'],
      type: T.money,
      required: true,
      help: t(
        'Fast: beloppet (per år om årlig). Per …: pris per styck och år. Exkl. moms, basårets prisnivå.',
        'Fixed: the amount (per year if yearly). Per …: price per unit and year. Excl. VAT, base-year prices.',
      ),
      width: 14,
      blank: t('0, bara tillåtet med trappa', '0, only allowed with tiers'),
    }),
    column({
      key: 'min',
      sv: 'Min',
      en: 'Min',
      aliases: ['Lägsta', 'Minimum', 'Low'],
      type: T.money,
      required: false,
      help: t('Osäkerhet: lägsta troliga belopp.', 'Uncertainty: lowest likely amount.'),
      width: 12,
      blank: t(
        'ingen osäkerhet (om Max också är tomt), annars Belopp',
        'no uncertainty (if Max is blank too), else Amount',
      ),
    }),
    column({
      key: 'max',
      sv: 'Max',
      en: 'Max',
      aliases: ['Högsta', 'Maximum', 'High'],
      type: T.money,
      required: false,
      help: t('Osäkerhet: högsta troliga belopp.', 'Uncertainty: highest likely amount.'),
      width: 12,
      blank: t(
        'ingen osäkerhet (om Min också är tomt), annars Belopp',
        'no uncertainty (if Min is blank too), else Amount',
      ),
    }),
    unitColumn,
    column({
      key: 'firstYear',
      sv: 'Från år',
      en: 'First year',
      aliases: ['Fr.o.m. år', 'Första år', 'From year', 'Start year'],
      type: T.year,
      required: false,
      help: t(
        'Första år raden gäller (engångs: året den faller).',
        'First year the line applies (one-off: the year it falls in).',
      ),
      width: 9,
      blank: t('från driftstart', 'from go-live'),
    }),
    column({
      key: 'lastYear',
      sv: 'Till år',
      en: 'Last year',
      aliases: ['T.o.m. år', 'Sista år', 'To year', 'End year'],
      type: T.year,
      required: false,
      help: t('Sista år raden gäller.', 'Last year the line applies.'),
      width: 9,
      blank: t('till kontraktets slut', 'to the contract’s end'),
    }),
    indexedColumn,
    column({
      key: 'allocation',
      sv: 'Fördelning',
      en: 'Allocation',
      aliases: ['Fördelningsnyckel', 'Nyckel', 'Allocation key', 'Key'],
      type: { kind: 'choice', choices: ALLOCATION_CHOICES },
      required: false,
      help: t(
        'efter antal, lika delar, viktad, eller namnet på en fördelningsnyckel (Resurser).',
        'by count, equal shares, weighted, or the name of an allocation key (Resources).',
      ),
      width: 16,
      blank: t('efter antal', 'by count'),
    }),
    column({
      key: 'description',
      sv: 'Beskrivning',
      en: 'Description',
      aliases: ['Kommentar', 'Anteckning', 'Comment', 'Note'],
      type: T.text,
      required: false,
      help: t('Fri text.', 'Free text.'),
      width: 36,
    }),
    provenanceColumn,
  ],
});

const tiers = block({
  key: 'tiers',
  sheet: 'costs',
  table: 'tblPrisstegar',
  title: t('Prisstegar', 'Price tiers'),
  help: t(
    'Prisband för kostnadsrader med Trappa. Banden börjar på 1 och ligger kant i kant; sista bandets Till kan vara tomt.',
    'Price bands of cost lines with Tiers. Bands start at 1 and adjoin; the last band’s To may be blank.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'costLine',
      sv: 'Kostnadsrad',
      en: 'Cost line',
      aliases: ['Id', 'Rad'],
      type: T.text,
      required: true,
      help: t('Kostnadsradens Id.', 'The cost line’s Id.'),
      width: 28,
    }),
    column({
      key: 'from',
      sv: 'Från',
      en: 'From',
      aliases: ['Från och med', 'Fr.o.m.', 'Från antal'],
      type: T.integer,
      required: true,
      help: t('Bandets första enhet.', 'First unit of the band.'),
      width: 10,
    }),
    column({
      key: 'to',
      sv: 'Till',
      en: 'To',
      aliases: ['Till och med', 'T.o.m.', 'Till antal'],
      type: T.integer,
      required: false,
      help: t('Bandets sista enhet.', 'Last unit of the band.'),
      width: 10,
      blank: t('och uppåt', 'and above'),
    }),
    column({
      key: 'price',
      sv: 'Pris',
      en: 'Price',
      aliases: ['Pris per enhet', 'Belopp', 'Price per unit'],
      type: T.money,
      required: true,
      help: t('Pris per styck och år.', 'Price per unit and year.'),
      width: 12,
    }),
    unitColumn,
  ],
});

const agreements = block({
  key: 'agreements',
  sheet: 'costs',
  table: 'tblAvtal',
  title: t('Nuvarande avtal (jämförelse)', 'Current agreements (baseline)'),
  help: t(
    'Dagens avtal: baslinjen som varje scenario jämförs med, och kostnaden för att låta dem löpa vidare till driftstart.',
    'Today’s agreements: the baseline every scenario is compared with, and the cost of running them on until go-live.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'name',
      sv: 'Avtal',
      en: 'Agreement',
      aliases: ['Nuvarande avtal', 'Current agreement'],
      type: T.text,
      required: true,
      help: t('Avtalets namn, unikt.', 'The agreement’s name, unique.'),
      width: 28,
    }),
    column({
      key: 'solutions',
      sv: 'Lösningar',
      en: 'Solutions',
      aliases: ['Funktioner', 'Functions'],
      type: { kind: 'list' },
      required: true,
      help: t(
        'Lösningar avtalet täcker i dag, åtskilda med ; eller ,.',
        'Solutions it serves today, separated by ; or ,.',
      ),
      width: 30,
    }),
    column({
      key: 'annualCost',
      sv: 'Årskostnad',
      en: 'Annual cost',
      aliases: ['Kostnad per år', 'Cost per year'],
      type: T.money,
      required: true,
      help: t('Kostnad per år, basårets prisnivå.', 'Cost per year, base-year prices.'),
      width: 14,
    }),
    unitColumn,
    column({
      key: 'expires',
      sv: 'Löper ut',
      en: 'Expires',
      aliases: ['Slutdatum', 'Avtalsslut', 'Upphör', 'Expiry', 'End date'],
      type: T.date,
      required: true,
      help: t('Sista dag.', 'Last day.'),
      width: 12,
    }),
    column({
      key: 'runOn',
      sv: 'Förlängning per månad',
      en: 'Run-on per month',
      aliases: [
        'Kostnad per månad efter slut',
        'Månadskostnad vid förlängning',
        'Run-on cost per month',
        'Monthly run-on cost',
      ],
      type: T.money,
      required: false,
      help: t(
        'Kostnad per månad att låta avtalet löpa vidare efter slutdatum.',
        'Cost per month of running on past expiry.',
      ),
      width: 14,
      blank: t('årskostnaden / 12', 'annual cost / 12'),
    }),
    indexedColumn,
    provenanceColumn,
  ],
});

const contracts = block({
  key: 'contracts',
  sheet: 'contracts',
  table: 'tblKontrakt',
  title: t('Kontraktsalternativ', 'Contract alternatives'),
  help: t(
    'En rad per kontrakt i ett alternativ; rader med samma Alternativ bildar ett alternativ (ett scenario).',
    'One row per contract within an alternative; rows with the same Alternative make one alternative (one scenario).',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'alternative',
      sv: 'Alternativ',
      en: 'Alternative',
      aliases: ['Kontraktsalternativ', 'Scenario'],
      type: T.text,
      required: true,
      help: t('Alternativets namn.', 'The alternative’s name.'),
      width: 26,
    }),
    column({
      key: 'contract',
      sv: 'Kontrakt',
      en: 'Contract',
      aliases: ['Kontraktsnamn', 'Contract name'],
      type: T.text,
      required: true,
      help: t('Kontraktets namn, unikt inom alternativet.', 'The contract’s name, unique within its alternative.'),
      width: 30,
    }),
    column({
      key: 'solutions',
      sv: 'Lösningar',
      en: 'Solutions',
      aliases: ['Funktioner', 'Functions'],
      type: { kind: 'list' },
      required: true,
      help: t(
        'Lösningar i kontraktet, åtskilda med ; eller , — "alla" = alla.',
        'Solutions in the contract, separated by ; or , — "all" = every one.',
      ),
      width: 34,
    }),
    column({
      key: 'schoolForms',
      sv: 'Skolformer',
      en: 'School forms',
      aliases: ['Skolform', 'School form'],
      type: { kind: 'list', choices: SCHOOL_FORM_CHOICES },
      required: true,
      help: t(
        'Skolformer kontraktet gäller, åtskilda med ; eller , — "alla" = alla.',
        'School forms it serves, separated by ; or , — "all" = every one.',
      ),
      width: 34,
    }),
    column({
      key: 'procurementCost',
      sv: 'Upphandlingskostnad',
      en: 'Procurement cost',
      aliases: ['Upphandling', 'Procurement'],
      type: T.money,
      required: false,
      help: t('Engångskostnad, faller året före driftstart.', 'One-off, falls in the year before go-live.'),
      width: 14,
      blank: t('0', '0'),
    }),
    unitColumn,
    column({
      key: 'managementFte',
      sv: 'Avtalsförvaltning (årsarbetare)',
      en: 'Contract management (FTE)',
      aliases: ['Avtalsförvaltning', 'Årsarbetare', 'Contract management', 'FTE'],
      type: T.number,
      required: false,
      help: t(
        'Interna årsarbetare för avtalsförvaltning per år.',
        'Internal full-time equivalents managing the contract per year.',
      ),
      width: 14,
      blank: t('0', '0'),
    }),
    column({
      key: 'goLive',
      sv: 'Driftstart',
      en: 'Go-live',
      aliases: ['Start', 'Driftsättning', 'Startdatum', 'Go live', 'Start date'],
      type: T.date,
      required: true,
      help: t(
        'Datum; månaden räknas (årliga kostnader delas per månad).',
        'Date; the month counts (yearly costs are prorated by month).',
      ),
      width: 12,
    }),
    column({
      key: 'lengthYears',
      sv: 'Längd (år)',
      en: 'Length (years)',
      aliases: ['Längd', 'Avtalslängd', 'Length', 'Years'],
      type: T.integer,
      required: true,
      help: t('Hela år från driftstart.', 'Whole years from go-live.'),
      width: 10,
    }),
    column({
      key: 'optionYears',
      sv: 'Option (år)',
      en: 'Options (years)',
      aliases: ['Option', 'Optioner', 'Förlängning (år)', 'Option years'],
      type: T.integer,
      required: false,
      help: t('Optionsår, räknas som utnyttjade (LOU).', 'Option years, counted as used (LOU).'),
      width: 10,
      blank: t('0', '0'),
    }),
    column({
      key: 'successor',
      sv: 'Efterträdare upphandlas',
      en: 'Successor procured',
      aliases: ['Efterträdare', 'Ny upphandling efter slut', 'Successor'],
      type: T.boolean,
      required: false,
      help: t(
        'Ja: när kontraktet (med optioner) slutar inom kalkylperioden upphandlas ett nytt på samma villkor, med ny upphandlingskostnad året före.',
        'Yes: when the contract (with options) ends inside the horizon a new one is procured on the same terms, with a new procurement cost the year before.',
      ),
      width: 12,
      blank: t('Nej', 'No'),
      addedLater: true,
    }),
    column({
      key: 'framework',
      sv: 'Ramavtal',
      en: 'Framework agreement',
      aliases: ['Ramavtal (ja/nej)', 'Framework'],
      type: T.boolean,
      required: false,
      help: t(
        'Ja för ett ramavtal: LOU tillåter högst fyra år inklusive optioner utan särskilda skäl (varning).',
        'Yes for a framework agreement: LOU allows at most four years including options without special reasons (a warning).',
      ),
      width: 10,
      blank: t('Nej', 'No'),
      addedLater: true,
    }),
  ],
});

const payers = block({
  key: 'payers',
  sheet: 'resources',
  table: 'tblBetalare',
  // Not just "Betalare": that is the usage matrix's only required header.
  title: t('Betalare och antal', 'Payers and counts'),
  help: t(
    'En rad per organisation och skolform som betalar för det den använder.',
    'One row per organisation and school form paying for what it uses.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'name',
      sv: 'Betalare',
      en: 'Payer',
      aliases: ['Namn', 'Kostnadsbärare', 'Name'],
      type: T.text,
      required: true,
      help: t('Betalarens namn, unikt.', 'The payer’s name, unique.'),
      width: 28,
    }),
    column({
      key: 'organisation',
      sv: 'Organisation',
      en: 'Organisation',
      aliases: ['Förvaltning', 'Organization'],
      type: T.text,
      required: true,
      help: t('Förvaltningen, för summering.', 'The administration, for summaries.'),
      width: 26,
    }),
    column({
      key: 'schoolForm',
      sv: 'Skolform',
      en: 'School form',
      aliases: ['School type'],
      type: { kind: 'choice', choices: SCHOOL_FORM_CHOICES },
      required: true,
      help: t(
        'Nuvarande eller tidigare namn (grundsärskola = anpassad grundskola).',
        'Current or former name (grundsärskola = anpassad grundskola).',
      ),
      width: 22,
    }),
    column({
      key: 'pupils',
      sv: 'Elever/barn',
      en: 'Pupils/children',
      aliases: ['Elever', 'Barn', 'Elever och barn', 'Pupils', 'Children', 'Students'],
      type: T.number,
      required: true,
      help: t('Antal barn/elever.', 'Number of children/pupils.'),
      width: 11,
      blank: t('0', '0'),
    }),
    column({
      key: 'staff',
      sv: 'Personal',
      en: 'Staff',
      aliases: ['Anställda', 'Medarbetare', 'Employees'],
      type: T.number,
      required: true,
      help: t('Antal personal.', 'Number of staff.'),
      width: 10,
      blank: t('0', '0'),
    }),
    column({
      key: 'guardians',
      sv: 'Vårdnadshavare',
      en: 'Guardians',
      aliases: ['Föräldrar', 'Parents'],
      type: T.number,
      required: false,
      help: t('Antal vårdnadshavare.', 'Number of guardians.'),
      width: 14,
      blank: t('0', '0'),
    }),
    column({
      key: 'units',
      sv: 'Enheter',
      en: 'Units',
      aliases: ['Skolor', 'Antal enheter', 'Schools'],
      type: T.number,
      required: false,
      help: t('Antal skolor/förskolor.', 'Number of schools/preschools.'),
      width: 9,
      blank: t('0', '0'),
    }),
    column({
      key: 'users',
      sv: 'Användare',
      en: 'Users',
      aliases: ['Antal användare'],
      type: T.number,
      required: false,
      help: t('Användare av systemen.', 'Users of the systems.'),
      width: 11,
      blank: t('elever/barn + personal', 'pupils + staff'),
    }),
    column({
      key: 'weight',
      sv: 'Vikt',
      en: 'Weight',
      aliases: ['Viktning'],
      type: T.number,
      required: false,
      help: t('Vikt för fördelning "viktad".', 'Weight for the "weighted" allocation.'),
      width: 8,
      blank: t('1', '1'),
    }),
    provenanceColumn,
  ],
});

const usage = block({
  key: 'usage',
  sheet: 'resources',
  table: 'tblAnvandning',
  title: t('Användning (vem använder vad)', 'Usage (who uses what)'),
  help: t(
    'En rad per betalare, en kolumn per lösning: ja, nej eller andel (t.ex. 50 %). Tom = nej.',
    'One row per payer, one column per solution: yes, no or a share (e.g. 50 %). Blank = no.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'payer',
      sv: 'Betalare',
      en: 'Payer',
      aliases: ['Namn', 'Name'],
      type: T.text,
      required: true,
      help: t('En betalare från tabellen Betalare.', 'A payer from the Payers table.'),
      width: 28,
    }),
  ],
  dynamicColumns: t(
    'En kolumn per lösning, rubriken = lösningens namn.',
    'One column per solution, headed by the solution’s name.',
  ),
});

const percentKeys = block({
  key: 'percentKeys',
  sheet: 'resources',
  table: 'tblNycklar',
  title: t('Fördelningsnycklar', 'Allocation keys'),
  help: t(
    'Fasta procentsatser per betalare; en nyckel används genom att skriva dess namn i kostnadsradens Fördelning. Summan ska vara 100 %.',
    'Fixed percentages per payer; a key is used by typing its name in a cost line’s Allocation. They must total 100 %.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'key',
      sv: 'Nyckel',
      en: 'Key',
      aliases: ['Fördelningsnyckel', 'Allocation key'],
      type: T.text,
      required: true,
      help: t('Nyckelns namn.', 'The key’s name.'),
      width: 22,
    }),
    column({
      key: 'payer',
      sv: 'Betalare',
      en: 'Payer',
      aliases: ['Name'],
      type: T.text,
      required: true,
      help: t('En betalare.', 'A payer.'),
      width: 28,
    }),
    column({
      key: 'share',
      sv: 'Andel',
      en: 'Share',
      aliases: ['Procent', 'Andel (%)', 'Percentage'],
      type: T.share,
      required: true,
      help: t('Betalarens andel, t.ex. 25 %.', 'The payer’s share, e.g. 25 %.'),
      width: 10,
    }),
  ],
});

const internal = block({
  key: 'internal',
  sheet: 'resources',
  table: 'tblInterna',
  title: t('Interna resurser', 'Internal staff'),
  help: t(
    'Egen personal i upphandling, införande och förvaltning.',
    'Own staff in procurement, implementation and management.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'id',
      sv: 'Id',
      en: 'Id',
      aliases: ['Resurs-id'],
      type: T.text,
      required: false,
      help: t('Radens namn, unikt.', 'The row’s name, unique.'),
      width: 20,
      blank: t('Roll (numreras vid upprepning)', 'Role (numbered when repeated)'),
    }),
    column({
      key: 'role',
      sv: 'Roll',
      en: 'Role',
      aliases: ['Resurs', 'Befattning', 'Resource'],
      type: T.text,
      required: true,
      help: t('Rollen.', 'The role.'),
      width: 24,
    }),
    column({
      key: 'phase',
      sv: 'Fas',
      en: 'Phase',
      aliases: [],
      type: { kind: 'choice', choices: PHASE_CHOICES },
      required: true,
      help: t('upphandling, införande eller förvaltning.', 'procurement, implementation or management.'),
      width: 14,
    }),
    column({
      key: 'fte',
      sv: 'Årsarbetare',
      en: 'FTE',
      aliases: ['Antal årsarbetare', 'Heltidstjänster', 'Full-time equivalents'],
      type: T.number,
      required: true,
      help: t('Årsarbetare per år.', 'Full-time equivalents per year.'),
      width: 11,
    }),
    column({
      key: 'costPerFte',
      sv: 'Kostnad per årsarbetare',
      en: 'Cost per FTE',
      aliases: ['Årskostnad per årsarbetare', 'Kostnad per FTE'],
      type: T.money,
      required: false,
      help: t('Kostnad per årsarbetare och år.', 'Cost per FTE and year.'),
      width: 14,
      blank: t('Parametrar: Kostnad per årsarbetare', 'Parameters: Cost per FTE'),
    }),
    unitColumn,
    column({
      key: 'firstYear',
      sv: 'Från år',
      en: 'First year',
      aliases: ['Fr.o.m. år', 'From year'],
      type: T.year,
      required: true,
      help: t('Första år.', 'First year.'),
      width: 9,
    }),
    column({
      key: 'lastYear',
      sv: 'Till år',
      en: 'Last year',
      aliases: ['T.o.m. år', 'To year'],
      type: T.year,
      required: true,
      help: t('Sista år.', 'Last year.'),
      width: 9,
    }),
    column({
      key: 'alternative',
      sv: 'Alternativ',
      en: 'Alternative',
      aliases: ['Scenario'],
      type: T.text,
      required: false,
      help: t('Gäller bara detta alternativ.', 'Applies to this alternative only.'),
      width: 24,
      blank: t('alla alternativ', 'every alternative'),
    }),
    provenanceColumn,
  ],
});

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

const parameters = block({
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

const indexRates = block({
  key: 'indexRates',
  sheet: 'parameters',
  table: 'tblIndex',
  title: t('Index per år', 'Index rate per year'),
  help: t(
    'Uppräkning in i ett visst år (t.ex. AKI, KPI eller PKV); övriga år använder Index per år ovan.',
    'Rate into a given year (e.g. LCI, CPI or PKV); other years use the Index rate per year above.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'year',
      sv: 'År',
      en: 'Year',
      aliases: [],
      type: T.year,
      required: true,
      help: t('Året.', 'The year.'),
      width: 8,
    }),
    column({
      key: 'rate',
      sv: 'Indexuppräkning',
      en: 'Index rate',
      aliases: ['Index', 'Indexsats', 'Rate'],
      type: T.rate,
      required: true,
      help: t(
        'Uppräkning in i året, t.ex. 3 %. Basåret räknas inte upp: en sats för basåret används inte.',
        'Rate into the year, e.g. 3 %. The base year is not indexed: a rate for the base year is not used.',
      ),
      width: 14,
    }),
  ],
});

/**
 * The decision brief's own words (issue 15): the question put to the forums,
 * the decision asked for, and the analyst's recommendation. One row; the
 * Beslutsunderlag sheet shows each cell by formula, so what the analyst
 * writes here survives every regeneration and shows on the brief at once.
 * Like the trail, never part of the cost model.
 */
const briefText = block({
  key: 'briefText',
  sheet: 'decisions',
  table: 'tblBeslutstext',
  title: t('Beslutsunderlagets text', 'The decision brief’s text'),
  help: t(
    'En rad: frågan, beslutet som begärs och din rekommendation. Beslutsunderlaget visar dem som de står här; generering skriver aldrig över dem.',
    'One row: the question, the decision asked for and your recommendation. The decision brief shows them as written here; a generation never writes over them.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'question',
      sv: 'Fråga',
      en: 'Question',
      aliases: ['Frågeställning'],
      type: T.text,
      required: true,
      help: t('Frågan underlaget besvarar.', 'The question the figures answer.'),
      width: 40,
      blank: t('Hur många kontrakt ska vi upphandla?', 'How many contracts should we procure?'),
    }),
    column({
      key: 'decisionAsked',
      sv: 'Beslut som begärs',
      en: 'Decision asked for',
      aliases: ['Begärt beslut', 'Decision requested'],
      type: T.text,
      required: true,
      help: t('Vad forumet ombeds besluta.', 'What the forum is asked to decide.'),
      width: 48,
      blank: t(
        'Val av kontraktsalternativ för upphandlingen av skolsystemen.',
        'The choice of contract alternative for procuring the school systems.',
      ),
    }),
    column({
      key: 'recommendation',
      sv: 'Rekommendation',
      en: 'Recommendation',
      aliases: ['Analytikerns rekommendation', 'Förslag', 'Proposal'],
      type: T.text,
      required: false,
      help: t(
        'Din rekommendation, som den ska stå på beslutsunderlaget (tom: ingen rekommendation ännu).',
        'Your recommendation as the brief should show it (blank: none yet).',
      ),
      width: 56,
    }),
  ],
});

/**
 * The decision trail (issue 15): which forum has seen the figures, when, what
 * it decided or recommended, and which generation (input fingerprint) it saw.
 * The analyst's own record: read for the check and shown live on the
 * decision brief, never part of the cost model (a new row does not make the
 * scenarios out of date) and never written over by a generation.
 */
const decisionTrail = block({
  key: 'decisionTrail',
  sheet: 'decisions',
  table: 'tblBeslutsgang',
  title: t('Beslutsgång', 'Decision trail'),
  help: t(
    'En rad per forum som har behandlat underlaget, i tidsordning. Beslutsunderlaget visar raderna under "Behandlad i". Skolkostnad skriver aldrig över bladet; knappen "Lägg till i beslutsgången" lägger till en rad.',
    'One row per forum that has discussed the figures, in order of date. The decision brief shows the rows under "Discussed in". Skolkostnad never writes over this sheet; the button "Add to the decision trail" appends a row.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'forum',
      sv: 'Forum',
      en: 'Forum',
      aliases: ['Beslutsforum', 'Instans', 'Möte', 'Body', 'Meeting'],
      type: T.text,
      required: true,
      help: t(
        'T.ex. objektstyrgrupp, portföljstyrgrupp, FVG eller utbildningsnämnden.',
        'E.g. object steering group, portfolio steering group, FVG or the education committee.',
      ),
      width: 26,
    }),
    column({
      key: 'date',
      sv: 'Datum',
      en: 'Date',
      aliases: ['Mötesdatum', 'Beslutsdatum', 'Meeting date', 'Decision date'],
      type: T.date,
      required: true,
      help: t('Mötets datum.', 'The meeting’s date.'),
      width: 12,
    }),
    column({
      key: 'decision',
      sv: 'Beslut eller rekommendation',
      en: 'Decision or recommendation',
      aliases: ['Beslut', 'Rekommendation', 'Utfall', 'Decision', 'Recommendation', 'Outcome'],
      type: T.text,
      required: true,
      help: t('Vad forumet beslutade eller rekommenderade.', 'What the forum decided or recommended.'),
      width: 56,
    }),
    column({
      key: 'basis',
      sv: 'Underlag (version)',
      en: 'Based on (version)',
      aliases: ['Underlag', 'Version', 'Fingeravtryck', 'Fingerprint', 'Based on'],
      type: T.text,
      required: false,
      help: t(
        'Indatans fingeravtryck för den generering forumet såg (står i sidfoten på varje genererat blad).',
        'The input fingerprint of the generation the forum saw (in the footer of every generated sheet).',
      ),
      width: 22,
      blank: t('okänt', 'unknown'),
    }),
  ],
});

const blocks = {
  solutions,
  costLines,
  tiers,
  agreements,
  contracts,
  payers,
  usage,
  percentKeys,
  internal,
  parameters,
  indexRates,
  briefText,
  decisionTrail,
} satisfies Record<BlockKey, BlockSpec>;

/** The column keys of a block, as literal types: 'id' | 'solution' | 'item' | … for 'costLines'. */
export type ColumnKey<B extends BlockKey> = (typeof blocks)[B]['columns'][number]['key'];

export const BLOCKS: Readonly<typeof blocks> = blocks;

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'costs',
    sv: 'Kostnader',
    en: 'Costs',
    aliases: ['Kostnad', 'Cost'],
    title: t('Kostnader', 'Costs'),
    blocks: ['solutions', 'costLines', 'tiers', 'agreements'],
  },
  {
    key: 'contracts',
    sv: 'Kontrakt',
    en: 'Contracts',
    aliases: ['Kontraktsalternativ', 'Alternativ', 'Alternatives'],
    title: t('Kontraktsalternativ', 'Contract alternatives'),
    blocks: ['contracts'],
  },
  {
    key: 'resources',
    sv: 'Resurser',
    en: 'Resources',
    aliases: ['Resurs', 'Betalare', 'Payers'],
    title: t('Resurser: betalare, användning och interna resurser', 'Resources: payers, usage and internal staff'),
    blocks: ['payers', 'usage', 'percentKeys', 'internal'],
  },
  {
    key: 'parameters',
    sv: 'Parametrar',
    en: 'Parameters',
    aliases: ['Parameter', 'Inställningar', 'Settings'],
    title: t('Parametrar', 'Parameters'),
    blocks: ['parameters', 'indexRates'],
  },
  {
    key: 'decisions',
    sv: 'Beslutsgång',
    en: 'Decision trail',
    aliases: ['Beslutsgang', 'Beslutslogg', 'Beslut', 'Decisions', 'Decision log'],
    title: t('Beslutsgång: var underlaget har behandlats', 'Decision trail: where the figures have been discussed'),
    blocks: ['briefText', 'decisionTrail'],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`no sheet '${key}' in the format`);
  return spec;
}

/** A block's column by key; with a block of BLOCKS, a key it lacks is a compile error. */
export function columnSpec<K extends string>(block: BlockSpec<K>, key: NoInfer<K>): ColumnSpec<K> {
  const spec = block.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`no column '${key}' in block '${block.key}'`);
  return spec;
}
