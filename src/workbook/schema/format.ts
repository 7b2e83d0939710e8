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

function column(
  key: string,
  sv: string,
  en: string,
  aliases: string[],
  type: ColumnType,
  required: boolean,
  help: Texts,
  width: number,
  blank?: Texts,
): ColumnSpec {
  return blank
    ? { key, sv, en, aliases, type, required, help, width, blank }
    : { key, sv, en, aliases, type, required, help, width };
}

/** The money unit column shared by every block with amounts. */
const unitColumn = column(
  'unit',
  'Enhet',
  'Unit',
  ['Belopp i', 'Valuta', 'Amounts in', 'Currency'],
  T.unit,
  false,
  t('Enhet för radens belopp: kr, tkr eller mnkr.', 'Unit of the row’s amounts: SEK (kr), kSEK (tkr) or MSEK (mnkr).'),
  8,
  t('kr', 'kr (SEK)'),
);

const indexedColumn = column(
  'indexed',
  'Indexeras',
  'Indexed',
  ['Index', 'Indexerad', 'Indexering', 'Indexation'],
  T.boolean,
  false,
  t('Räknas beloppet upp med årets index?', 'Is the amount raised by the yearly index?'),
  10,
  t('ja', 'yes'),
);

/**
 * Where a row's figures come from ("offert 2021-10-12", "SCB", "uppskattning"):
 * free text, carried into the scenario sheets' input snapshot so a reader can
 * trace a figure to its source, and counted on the decision brief.
 */
const provenanceColumn = column(
  'provenance',
  'Källa',
  'Source',
  ['Underlag', 'Referens', 'Källhänvisning', 'Reference', 'Data source'],
  T.text,
  false,
  t(
    'Varifrån radens siffror kommer, t.ex. "offert 2021-10-12", "SCB 2023" eller "uppskattning".',
    'Where the row’s figures come from, e.g. "quote 2021-10-12", "Statistics Sweden 2023" or "estimate".',
  ),
  22,
  t('ingen källa angiven', 'no source given'),
);

const solutions: BlockSpec = {
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
    column(
      'name',
      'Lösning',
      'Solution',
      ['Funktion', 'System', 'Systemfunktion', 'Function'],
      T.text,
      true,
      t('Lösningens namn, unikt.', 'The solution’s name, unique.'),
      30,
    ),
  ],
};

const costLines: BlockSpec = {
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
    column(
      'id',
      'Id',
      'Id',
      ['Kostnadsrad', 'Cost line', 'Rad-id'],
      T.text,
      false,
      t(
        'Radens namn, unikt. Tomt = "Lösning: Kostnadsslag".',
        'The line’s name, unique. Blank = "Solution: Cost item".',
      ),
      28,
      t('"Lösning: Kostnadsslag" (numreras vid upprepning)', '"Solution: Cost item" (numbered when repeated)'),
    ),
    column(
      'solution',
      'Lösning',
      'Solution',
      ['Funktion', 'System', 'Function'],
      T.text,
      true,
      t('En lösning från tabellen Lösningar.', 'A solution from the Solutions table.'),
      24,
    ),
    column(
      'item',
      'Kostnadsslag',
      'Cost item',
      ['Kostnadspost', 'Post', 'Item', 'Cost type'],
      { kind: 'choice', choices: COST_ITEM_CHOICES },
      true,
      t(
        'licens, implementering, migrering, integration, utbildning, drift, förvaltning eller övrigt.',
        'licence, implementation, migration, integration, training, operation, management or other.',
      ),
      16,
    ),
    column(
      'recurrence',
      'Typ',
      'Recurrence',
      ['Engångs/årlig', 'Engång/årlig', 'Frekvens', 'Type', 'One-off/yearly'],
      { kind: 'choice', choices: RECURRENCE_CHOICES },
      true,
      t('engångs eller årlig.', 'one-off or yearly.'),
      10,
    ),
    column(
      'basis',
      'Prismodell',
      'Pricing basis',
      ['Prissättning', 'Pris per', 'Pricing', 'Basis'],
      { kind: 'choice', choices: BASIS_CHOICES },
      true,
      t(
        'fast, per elev, per personal, per vårdnadshavare, per enhet eller per användare.',
        'fixed, per pupil, per staff, per guardian, per unit or per user.',
      ),
      18,
    ),
    column(
      'tiers',
      'Trappa',
      'Tiers',
      ['Pristrappa', 'Prisstege', 'Tier mode', 'Tiered'],
      { kind: 'choice', choices: TIER_CHOICES },
      false,
      t(
        'stegvis eller volym: priset kommer från tabellen Prisstegar.',
        'graduated or volume: the price comes from the Price tiers table.',
      ),
      10,
      t('ingen trappa: priset står i Belopp', 'no tiers: the price is in Amount'),
    ),
    column(
      'amount',
      'Belopp',
      'Amount',
      ['Pris', 'Kostnad', 'Belopp (kr)', 'Price', 'Cost'],
      T.money,
      true,
      t(
        'Fast: beloppet (per år om årlig). Per …: pris per styck och år. Exkl. moms, basårets prisnivå.',
        'Fixed: the amount (per year if yearly). Per …: price per unit and year. Excl. VAT, base-year prices.',
      ),
      14,
      t('0, bara tillåtet med trappa', '0, only allowed with tiers'),
    ),
    column(
      'min',
      'Min',
      'Min',
      ['Lägsta', 'Minimum', 'Low'],
      T.money,
      false,
      t('Osäkerhet: lägsta troliga belopp.', 'Uncertainty: lowest likely amount.'),
      12,
      t('ingen osäkerhet (om Max också är tomt), annars Belopp', 'no uncertainty (if Max is blank too), else Amount'),
    ),
    column(
      'max',
      'Max',
      'Max',
      ['Högsta', 'Maximum', 'High'],
      T.money,
      false,
      t('Osäkerhet: högsta troliga belopp.', 'Uncertainty: highest likely amount.'),
      12,
      t('ingen osäkerhet (om Min också är tomt), annars Belopp', 'no uncertainty (if Min is blank too), else Amount'),
    ),
    unitColumn,
    column(
      'firstYear',
      'Från år',
      'First year',
      ['Fr.o.m. år', 'Första år', 'From year', 'Start year'],
      T.year,
      false,
      t(
        'Första år raden gäller (engångs: året den faller).',
        'First year the line applies (one-off: the year it falls in).',
      ),
      9,
      t('från driftstart', 'from go-live'),
    ),
    column(
      'lastYear',
      'Till år',
      'Last year',
      ['T.o.m. år', 'Sista år', 'To year', 'End year'],
      T.year,
      false,
      t('Sista år raden gäller.', 'Last year the line applies.'),
      9,
      t('till kontraktets slut', 'to the contract’s end'),
    ),
    indexedColumn,
    column(
      'allocation',
      'Fördelning',
      'Allocation',
      ['Fördelningsnyckel', 'Nyckel', 'Allocation key', 'Key'],
      { kind: 'choice', choices: ALLOCATION_CHOICES },
      false,
      t(
        'efter antal, lika delar, viktad, eller namnet på en fördelningsnyckel (Resurser).',
        'by count, equal shares, weighted, or the name of an allocation key (Resources).',
      ),
      16,
      t('efter antal', 'by count'),
    ),
    column(
      'description',
      'Beskrivning',
      'Description',
      ['Kommentar', 'Anteckning', 'Comment', 'Note'],
      T.text,
      false,
      t('Fri text.', 'Free text.'),
      36,
    ),
    provenanceColumn,
  ],
};

const tiers: BlockSpec = {
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
    column(
      'costLine',
      'Kostnadsrad',
      'Cost line',
      ['Id', 'Rad'],
      T.text,
      true,
      t('Kostnadsradens Id.', 'The cost line’s Id.'),
      28,
    ),
    column(
      'from',
      'Från',
      'From',
      ['Från och med', 'Fr.o.m.', 'Från antal'],
      T.integer,
      true,
      t('Bandets första enhet.', 'First unit of the band.'),
      10,
    ),
    column(
      'to',
      'Till',
      'To',
      ['Till och med', 'T.o.m.', 'Till antal'],
      T.integer,
      false,
      t('Bandets sista enhet.', 'Last unit of the band.'),
      10,
      t('och uppåt', 'and above'),
    ),
    column(
      'price',
      'Pris',
      'Price',
      ['Pris per enhet', 'Belopp', 'Price per unit'],
      T.money,
      true,
      t('Pris per styck och år.', 'Price per unit and year.'),
      12,
    ),
    unitColumn,
  ],
};

const agreements: BlockSpec = {
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
    column(
      'name',
      'Avtal',
      'Agreement',
      ['Nuvarande avtal', 'Current agreement'],
      T.text,
      true,
      t('Avtalets namn, unikt.', 'The agreement’s name, unique.'),
      28,
    ),
    column(
      'solutions',
      'Lösningar',
      'Solutions',
      ['Funktioner', 'Functions'],
      { kind: 'list' },
      true,
      t('Lösningar avtalet täcker i dag, åtskilda med ; eller ,.', 'Solutions it serves today, separated by ; or ,.'),
      30,
    ),
    column(
      'annualCost',
      'Årskostnad',
      'Annual cost',
      ['Kostnad per år', 'Cost per year'],
      T.money,
      true,
      t('Kostnad per år, basårets prisnivå.', 'Cost per year, base-year prices.'),
      14,
    ),
    unitColumn,
    column(
      'expires',
      'Löper ut',
      'Expires',
      ['Slutdatum', 'Avtalsslut', 'Upphör', 'Expiry', 'End date'],
      T.date,
      true,
      t('Sista dag.', 'Last day.'),
      12,
    ),
    column(
      'runOn',
      'Förlängning per månad',
      'Run-on per month',
      ['Kostnad per månad efter slut', 'Månadskostnad vid förlängning', 'Run-on cost per month', 'Monthly run-on cost'],
      T.money,
      false,
      t('Kostnad per månad att låta avtalet löpa vidare efter slutdatum.', 'Cost per month of running on past expiry.'),
      14,
      t('årskostnaden / 12', 'annual cost / 12'),
    ),
    indexedColumn,
    provenanceColumn,
  ],
};

const contracts: BlockSpec = {
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
    column(
      'alternative',
      'Alternativ',
      'Alternative',
      ['Kontraktsalternativ', 'Scenario'],
      T.text,
      true,
      t('Alternativets namn.', 'The alternative’s name.'),
      26,
    ),
    column(
      'contract',
      'Kontrakt',
      'Contract',
      ['Kontraktsnamn', 'Contract name'],
      T.text,
      true,
      t('Kontraktets namn, unikt inom alternativet.', 'The contract’s name, unique within its alternative.'),
      30,
    ),
    column(
      'solutions',
      'Lösningar',
      'Solutions',
      ['Funktioner', 'Functions'],
      { kind: 'list' },
      true,
      t(
        'Lösningar i kontraktet, åtskilda med ; eller , — "alla" = alla.',
        'Solutions in the contract, separated by ; or , — "all" = every one.',
      ),
      34,
    ),
    column(
      'schoolForms',
      'Skolformer',
      'School forms',
      ['Skolform', 'School form'],
      { kind: 'list', choices: SCHOOL_FORM_CHOICES },
      true,
      t(
        'Skolformer kontraktet gäller, åtskilda med ; eller , — "alla" = alla.',
        'School forms it serves, separated by ; or , — "all" = every one.',
      ),
      34,
    ),
    column(
      'procurementCost',
      'Upphandlingskostnad',
      'Procurement cost',
      ['Upphandling', 'Procurement'],
      T.money,
      false,
      t('Engångskostnad, faller året före driftstart.', 'One-off, falls in the year before go-live.'),
      14,
      t('0', '0'),
    ),
    unitColumn,
    column(
      'managementFte',
      'Avtalsförvaltning (årsarbetare)',
      'Contract management (FTE)',
      ['Avtalsförvaltning', 'Årsarbetare', 'Contract management', 'FTE'],
      T.number,
      false,
      t(
        'Interna årsarbetare för avtalsförvaltning per år.',
        'Internal full-time equivalents managing the contract per year.',
      ),
      14,
      t('0', '0'),
    ),
    column(
      'goLive',
      'Driftstart',
      'Go-live',
      ['Start', 'Driftsättning', 'Startdatum', 'Go live', 'Start date'],
      T.date,
      true,
      t(
        'Datum; månaden räknas (årliga kostnader delas per månad).',
        'Date; the month counts (yearly costs are prorated by month).',
      ),
      12,
    ),
    column(
      'lengthYears',
      'Längd (år)',
      'Length (years)',
      ['Längd', 'Avtalslängd', 'Length', 'Years'],
      T.integer,
      true,
      t('Hela år från driftstart.', 'Whole years from go-live.'),
      10,
    ),
    column(
      'optionYears',
      'Option (år)',
      'Options (years)',
      ['Option', 'Optioner', 'Förlängning (år)', 'Option years'],
      T.integer,
      false,
      t('Optionsår, räknas som utnyttjade (LOU).', 'Option years, counted as used (LOU).'),
      10,
      t('0', '0'),
    ),
    {
      ...column(
        'successor',
        'Efterträdare upphandlas',
        'Successor procured',
        ['Efterträdare', 'Ny upphandling efter slut', 'Successor'],
        T.boolean,
        false,
        t(
          'Ja: när kontraktet (med optioner) slutar inom kalkylperioden upphandlas ett nytt på samma villkor, med ny upphandlingskostnad året före.',
          'Yes: when the contract (with options) ends inside the horizon a new one is procured on the same terms, with a new procurement cost the year before.',
        ),
        12,
        t('Nej', 'No'),
      ),
      addedLater: true,
    },
    column(
      'framework',
      'Ramavtal',
      'Framework agreement',
      ['Ramavtal (ja/nej)', 'Framework'],
      T.boolean,
      false,
      t(
        'Ja för ett ramavtal: LOU tillåter högst fyra år inklusive optioner utan särskilda skäl (varning).',
        'Yes for a framework agreement: LOU allows at most four years including options without special reasons (a warning).',
      ),
      10,
      t('Nej', 'No'),
    ),
  ],
};

const payers: BlockSpec = {
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
    column(
      'name',
      'Betalare',
      'Payer',
      ['Namn', 'Kostnadsbärare', 'Name'],
      T.text,
      true,
      t('Betalarens namn, unikt.', 'The payer’s name, unique.'),
      28,
    ),
    column(
      'organisation',
      'Organisation',
      'Organisation',
      ['Förvaltning', 'Organization'],
      T.text,
      true,
      t('Förvaltningen, för summering.', 'The administration, for summaries.'),
      26,
    ),
    column(
      'schoolForm',
      'Skolform',
      'School form',
      ['School type'],
      { kind: 'choice', choices: SCHOOL_FORM_CHOICES },
      true,
      t(
        'Nuvarande eller tidigare namn (grundsärskola = anpassad grundskola).',
        'Current or former name (grundsärskola = anpassad grundskola).',
      ),
      22,
    ),
    column(
      'pupils',
      'Elever/barn',
      'Pupils/children',
      ['Elever', 'Barn', 'Elever och barn', 'Pupils', 'Children', 'Students'],
      T.number,
      true,
      t('Antal barn/elever.', 'Number of children/pupils.'),
      11,
      t('0', '0'),
    ),
    column(
      'staff',
      'Personal',
      'Staff',
      ['Anställda', 'Medarbetare', 'Employees'],
      T.number,
      true,
      t('Antal personal.', 'Number of staff.'),
      10,
      t('0', '0'),
    ),
    column(
      'guardians',
      'Vårdnadshavare',
      'Guardians',
      ['Föräldrar', 'Parents'],
      T.number,
      false,
      t('Antal vårdnadshavare.', 'Number of guardians.'),
      14,
      t('0', '0'),
    ),
    column(
      'units',
      'Enheter',
      'Units',
      ['Skolor', 'Antal enheter', 'Schools'],
      T.number,
      false,
      t('Antal skolor/förskolor.', 'Number of schools/preschools.'),
      9,
      t('0', '0'),
    ),
    column(
      'users',
      'Användare',
      'Users',
      ['Antal användare'],
      T.number,
      false,
      t('Användare av systemen.', 'Users of the systems.'),
      11,
      t('elever/barn + personal', 'pupils + staff'),
    ),
    column(
      'weight',
      'Vikt',
      'Weight',
      ['Viktning'],
      T.number,
      false,
      t('Vikt för fördelning "viktad".', 'Weight for the "weighted" allocation.'),
      8,
      t('1', '1'),
    ),
    provenanceColumn,
  ],
};

const usage: BlockSpec = {
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
    column(
      'payer',
      'Betalare',
      'Payer',
      ['Namn', 'Name'],
      T.text,
      true,
      t('En betalare från tabellen Betalare.', 'A payer from the Payers table.'),
      28,
    ),
  ],
  dynamicColumns: t(
    'En kolumn per lösning, rubriken = lösningens namn.',
    'One column per solution, headed by the solution’s name.',
  ),
};

const percentKeys: BlockSpec = {
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
    column(
      'key',
      'Nyckel',
      'Key',
      ['Fördelningsnyckel', 'Allocation key'],
      T.text,
      true,
      t('Nyckelns namn.', 'The key’s name.'),
      22,
    ),
    column('payer', 'Betalare', 'Payer', ['Name'], T.text, true, t('En betalare.', 'A payer.'), 28),
    column(
      'share',
      'Andel',
      'Share',
      ['Procent', 'Andel (%)', 'Percentage'],
      T.share,
      true,
      t('Betalarens andel, t.ex. 25 %.', 'The payer’s share, e.g. 25 %.'),
      10,
    ),
  ],
};

const internal: BlockSpec = {
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
    column(
      'id',
      'Id',
      'Id',
      ['Resurs-id'],
      T.text,
      false,
      t('Radens namn, unikt.', 'The row’s name, unique.'),
      20,
      t('Roll (numreras vid upprepning)', 'Role (numbered when repeated)'),
    ),
    column('role', 'Roll', 'Role', ['Resurs', 'Befattning', 'Resource'], T.text, true, t('Rollen.', 'The role.'), 24),
    column(
      'phase',
      'Fas',
      'Phase',
      [],
      { kind: 'choice', choices: PHASE_CHOICES },
      true,
      t('upphandling, införande eller förvaltning.', 'procurement, implementation or management.'),
      14,
    ),
    column(
      'fte',
      'Årsarbetare',
      'FTE',
      ['Antal årsarbetare', 'Heltidstjänster', 'Full-time equivalents'],
      T.number,
      true,
      t('Årsarbetare per år.', 'Full-time equivalents per year.'),
      11,
    ),
    column(
      'costPerFte',
      'Kostnad per årsarbetare',
      'Cost per FTE',
      ['Årskostnad per årsarbetare', 'Kostnad per FTE'],
      T.money,
      false,
      t('Kostnad per årsarbetare och år.', 'Cost per FTE and year.'),
      14,
      t('Parametrar: Kostnad per årsarbetare', 'Parameters: Cost per FTE'),
    ),
    unitColumn,
    column(
      'firstYear',
      'Från år',
      'First year',
      ['Fr.o.m. år', 'From year'],
      T.year,
      true,
      t('Första år.', 'First year.'),
      9,
    ),
    column('lastYear', 'Till år', 'Last year', ['T.o.m. år', 'To year'], T.year, true, t('Sista år.', 'Last year.'), 9),
    column(
      'alternative',
      'Alternativ',
      'Alternative',
      ['Scenario'],
      T.text,
      false,
      t('Gäller bara detta alternativ.', 'Applies to this alternative only.'),
      24,
      t('alla alternativ', 'every alternative'),
    ),
    provenanceColumn,
  ],
};

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
  },
];

const parameters: BlockSpec = {
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
    column(
      'name',
      'Parameter',
      'Parameter',
      ['Namn', 'Inställning', 'Name', 'Setting'],
      T.text,
      true,
      t('Parameterns namn.', 'The parameter’s name.'),
      28,
    ),
    column('value', 'Värde', 'Value', ['Value'], T.text, true, t('Värdet.', 'The value.'), 14),
    unitColumn,
  ],
  fields: parameterFields,
};

const indexRates: BlockSpec = {
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
    column('year', 'År', 'Year', [], T.year, true, t('Året.', 'The year.'), 8),
    column(
      'rate',
      'Indexuppräkning',
      'Index rate',
      ['Index', 'Indexsats', 'Rate'],
      T.rate,
      true,
      t(
        'Uppräkning in i året, t.ex. 3 %. Basåret räknas inte upp: en sats för basåret används inte.',
        'Rate into the year, e.g. 3 %. The base year is not indexed: a rate for the base year is not used.',
      ),
      14,
    ),
  ],
};

/**
 * The decision brief's own words (issue 15): the question put to the forums,
 * the decision asked for, and the analyst's recommendation. One row; the
 * Beslutsunderlag sheet shows each cell by formula, so what the analyst
 * writes here survives every regeneration and shows on the brief at once.
 * Like the trail, never part of the cost model.
 */
const briefText: BlockSpec = {
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
    column(
      'question',
      'Fråga',
      'Question',
      ['Frågeställning'],
      T.text,
      true,
      t('Frågan underlaget besvarar.', 'The question the figures answer.'),
      40,
      t('Hur många kontrakt ska vi upphandla?', 'How many contracts should we procure?'),
    ),
    column(
      'decisionAsked',
      'Beslut som begärs',
      'Decision asked for',
      ['Begärt beslut', 'Decision requested'],
      T.text,
      true,
      t('Vad forumet ombeds besluta.', 'What the forum is asked to decide.'),
      48,
      t(
        'Val av kontraktsalternativ för upphandlingen av skolsystemen.',
        'The choice of contract alternative for procuring the school systems.',
      ),
    ),
    column(
      'recommendation',
      'Rekommendation',
      'Recommendation',
      ['Analytikerns rekommendation', 'Förslag', 'Proposal'],
      T.text,
      false,
      t(
        'Din rekommendation, som den ska stå på beslutsunderlaget (tom: ingen rekommendation ännu).',
        'Your recommendation as the brief should show it (blank: none yet).',
      ),
      56,
    ),
  ],
};

/**
 * The decision trail (issue 15): which forum has seen the figures, when, what
 * it decided or recommended, and which generation (input fingerprint) it saw.
 * The analyst's own record: read for the check and shown live on the
 * decision brief, never part of the cost model (a new row does not make the
 * scenarios out of date) and never written over by a generation.
 */
const decisionTrail: BlockSpec = {
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
    column(
      'forum',
      'Forum',
      'Forum',
      ['Beslutsforum', 'Instans', 'Möte', 'Body', 'Meeting'],
      T.text,
      true,
      t(
        'T.ex. objektstyrgrupp, portföljstyrgrupp, FVG eller utbildningsnämnden.',
        'E.g. object steering group, portfolio steering group, FVG or the education committee.',
      ),
      26,
    ),
    column(
      'date',
      'Datum',
      'Date',
      ['Mötesdatum', 'Beslutsdatum', 'Meeting date', 'Decision date'],
      T.date,
      true,
      t('Mötets datum.', 'The meeting’s date.'),
      12,
    ),
    column(
      'decision',
      'Beslut eller rekommendation',
      'Decision or recommendation',
      ['Beslut', 'Rekommendation', 'Utfall', 'Decision', 'Recommendation', 'Outcome'],
      T.text,
      true,
      t('Vad forumet beslutade eller rekommenderade.', 'What the forum decided or recommended.'),
      56,
    ),
    column(
      'basis',
      'Underlag (version)',
      'Based on (version)',
      ['Underlag', 'Version', 'Fingeravtryck', 'Fingerprint', 'Based on'],
      T.text,
      false,
      t(
        'Indatans fingeravtryck för den generering forumet såg (står i sidfoten på varje genererat blad).',
        'The input fingerprint of the generation the forum saw (in the footer of every generated sheet).',
      ),
      22,
      t('okänt', 'unknown'),
    ),
  ],
};

export const BLOCKS: Readonly<Record<BlockKey, BlockSpec>> = {
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
};

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

export function columnSpec(block: BlockSpec, key: string): ColumnSpec {
  const spec = block.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`no column '${key}' in block '${block.key}'`);
  return spec;
}
