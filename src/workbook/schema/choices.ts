/**
 * The closed vocabularies of the input sheets (school forms, cost items,
 * one-off/yearly, pricing bases, tier modes, allocation keys, phases, units):
 * the Swedish word written, the English one, and every other spelling the
 * reader accepts (former names, synonyms, words without diacritics are
 * accepted anyway through normaliseKey).
 *
 * One source of truth: the reader matches against these, the input-sheet
 * writer writes `sv`/`en` and offers them as drop-down lists.
 */
import type { CostItem, DisplayUnit, Driver, Phase, SchoolForm, CostLine } from '../../engine/model';
import { normaliseKey } from './normalise';

import type { Language } from '../../engine/text';

export type { Language };

export interface ChoiceOption<T extends string> {
  id: T;
  sv: string;
  en: string;
  /** Other accepted spellings (former names, synonyms, abbreviations). */
  aliases: readonly string[];
}

export interface ChoiceSet<T extends string> {
  /** Name of the vocabulary in messages and docs. */
  name: { sv: string; en: string };
  options: readonly ChoiceOption<T>[];
}

export const SCHOOL_FORM_CHOICES: ChoiceSet<SchoolForm> = {
  name: { sv: 'skolform', en: 'school form' },
  options: [
    { id: 'preschool', sv: 'förskola', en: 'preschool', aliases: ['forskola', 'pre-school'] },
    {
      id: 'preschoolClass',
      sv: 'förskoleklass',
      en: 'preschool class',
      aliases: ['fklass', 'f-klass', 'reception class'],
    },
    { id: 'compulsory', sv: 'grundskola', en: 'compulsory school', aliases: ['compulsory', 'grundskolan'] },
    {
      id: 'leisureCentre',
      sv: 'fritidshem',
      en: 'leisure-time centre',
      aliases: ['fritids', 'leisure centre', 'leisure-time center', 'leisure center', 'school-age educare'],
    },
    // Renamed 2 July 2023; workbooks made earlier use the former name.
    {
      id: 'adaptedCompulsory',
      sv: 'anpassad grundskola',
      en: 'adapted compulsory school',
      aliases: ['grundsärskola', 'grundsärskolan', 'compulsory school for pupils with learning disabilities'],
    },
    {
      id: 'upperSecondary',
      sv: 'gymnasieskola',
      en: 'upper secondary school',
      aliases: ['gymnasium', 'gymnasiet', 'upper secondary'],
    },
    {
      id: 'adaptedUpperSecondary',
      sv: 'anpassad gymnasieskola',
      en: 'adapted upper secondary school',
      aliases: [
        'gymnasiesärskola',
        'gymnasiesärskolan',
        'upper secondary school for pupils with learning disabilities',
      ],
    },
    {
      id: 'adultEducation',
      sv: 'komvux',
      en: 'municipal adult education',
      aliases: ['kommunal vuxenutbildning', 'vuxenutbildning', 'adult education', 'komvux (kommunal vuxenutbildning)'],
    },
    { id: 'sfi', sv: 'sfi', en: 'sfi', aliases: ['svenska för invandrare', 'swedish for immigrants'] },
  ],
};

export const COST_ITEM_CHOICES: ChoiceSet<CostItem> = {
  name: { sv: 'kostnadsslag', en: 'cost item' },
  options: [
    {
      id: 'licence',
      sv: 'licens',
      en: 'licence',
      aliases: ['license', 'licenser', 'licenskostnad', 'abonnemang', 'subscription'],
    },
    {
      id: 'implementation',
      sv: 'implementering',
      en: 'implementation',
      aliases: ['införande', 'driftsättning', 'etablering'],
    },
    { id: 'migration', sv: 'migrering', en: 'migration', aliases: ['datamigrering', 'konvertering'] },
    { id: 'integration', sv: 'integration', en: 'integration', aliases: ['integrationer', 'integrations'] },
    { id: 'training', sv: 'utbildning', en: 'training', aliases: ['utbildningar'] },
    { id: 'operation', sv: 'drift', en: 'operation', aliases: ['driftkostnad', 'hosting', 'operations'] },
    { id: 'management', sv: 'förvaltning', en: 'management', aliases: ['systemförvaltning', 'support', 'maintenance'] },
    { id: 'other', sv: 'övrigt', en: 'other', aliases: ['annat', 'övriga'] },
  ],
};

export const RECURRENCE_CHOICES: ChoiceSet<CostLine['recurrence']> = {
  name: { sv: 'engångs eller årlig', en: 'one-off or yearly' },
  options: [
    {
      id: 'oneOff',
      sv: 'engångs',
      en: 'one-off',
      aliases: ['engång', 'engångskostnad', 'engångsvis', 'once', 'one off', 'oneoff'],
    },
    {
      id: 'yearly',
      sv: 'årlig',
      en: 'yearly',
      aliases: ['årligen', 'per år', 'löpande', 'årskostnad', 'annual', 'annually', 'recurring'],
    },
  ],
};

/** A pricing basis as written: fixed, or per one of the drivers. Tiers are a separate column. */
export type BasisChoice = 'fixed' | Driver;

export const BASIS_CHOICES: ChoiceSet<BasisChoice> = {
  name: { sv: 'prismodell', en: 'pricing basis' },
  options: [
    {
      id: 'fixed',
      sv: 'fast',
      en: 'fixed',
      aliases: ['fast belopp', 'fast pris', 'fixed amount', 'fixed price', 'klumpsumma'],
    },
    {
      id: 'pupils',
      sv: 'per elev',
      en: 'per pupil',
      aliases: ['per barn', 'per elev/barn', 'per elev och barn', 'elev', 'per child', 'per student'],
    },
    {
      id: 'staff',
      sv: 'per personal',
      en: 'per staff',
      aliases: ['per anställd', 'per medarbetare', 'personal', 'per employee', 'per staff member'],
    },
    {
      id: 'guardians',
      sv: 'per vårdnadshavare',
      en: 'per guardian',
      aliases: ['per förälder', 'vårdnadshavare', 'per parent'],
    },
    { id: 'units', sv: 'per enhet', en: 'per unit', aliases: ['per skola', 'per förskola', 'enhet', 'per school'] },
    { id: 'users', sv: 'per användare', en: 'per user', aliases: ['användare', 'per licens', 'per inloggning'] },
  ],
};

export type TierMode = 'graduated' | 'volume';

export const TIER_CHOICES: ChoiceSet<TierMode> = {
  name: { sv: 'pristrappa', en: 'price tiers' },
  options: [
    // Graduated: each band at its own price (like income tax brackets).
    {
      id: 'graduated',
      sv: 'stegvis',
      en: 'graduated',
      aliases: ['trappa', 'trappa stegvis', 'stegvis trappa', 'graderad', 'marginell', 'tiered'],
    },
    // Volume: every unit at the price of the band the total reaches.
    {
      id: 'volume',
      sv: 'volym',
      en: 'volume',
      aliases: ['volymtrappa', 'trappa volym', 'volymrabatt', 'volume tiers'],
    },
  ],
};

export type AllocationChoice = 'driver' | 'even' | 'weighted';

/** Allocation keys other than a named percentage key (whose name is typed instead). */
export const ALLOCATION_CHOICES: ChoiceSet<AllocationChoice> = {
  name: { sv: 'fördelning', en: 'allocation' },
  options: [
    {
      id: 'driver',
      sv: 'efter antal',
      en: 'by count',
      aliases: ['antal', 'drivare', 'efter drivare', 'efter användning', 'standard', 'by driver', 'driver', 'by use'],
    },
    {
      id: 'even',
      sv: 'lika delar',
      en: 'equal shares',
      aliases: ['lika', 'jämnt', 'jämn fördelning', 'even', 'equal', 'evenly'],
    },
    { id: 'weighted', sv: 'viktad', en: 'weighted', aliases: ['efter vikt', 'vikt', 'by weight'] },
  ],
};

export const PHASE_CHOICES: ChoiceSet<Phase> = {
  name: { sv: 'fas', en: 'phase' },
  options: [
    { id: 'procurement', sv: 'upphandling', en: 'procurement', aliases: ['förstudie', 'upphandlingsfas'] },
    {
      id: 'implementation',
      sv: 'införande',
      en: 'implementation',
      aliases: ['implementering', 'införandefas', 'projekt'],
    },
    {
      id: 'management',
      sv: 'förvaltning',
      en: 'management',
      aliases: ['drift och förvaltning', 'förvaltningsfas', 'operation'],
    },
  ],
};

export const MONEY_UNIT_CHOICES: ChoiceSet<DisplayUnit> = {
  name: { sv: 'enhet', en: 'unit' },
  options: [
    { id: 'kr', sv: 'kr', en: 'SEK', aliases: ['kronor', 'sek', 'kr.'] },
    { id: 'tkr', sv: 'tkr', en: 'kSEK', aliases: ['tusen kronor', 'tusentals kronor', 'ksek', 'tsek', 'thousand sek'] },
    {
      id: 'mnkr',
      sv: 'mnkr',
      en: 'MSEK',
      aliases: ['mkr', 'miljoner kronor', 'milj kr', 'milj. kr', 'msek', 'million sek'],
    },
  ],
};

/** The words written for true/false; parseBoolean accepts many more. */
export const YES_NO: Record<Language, { yes: string; no: string }> = {
  sv: { yes: 'ja', no: 'nej' },
  en: { yes: 'yes', no: 'no' },
};

/** Words that mean "every solution" / "every school form" in a list cell. */
export const ALL_WORDS: readonly string[] = ['alla', 'samtliga', 'all', 'alla skolformer', 'alla lösningar'];

/** The option whose Swedish, English or alias spelling matches `text`, or undefined. */
export function matchChoice<T extends string>(set: ChoiceSet<T>, text: string): T | undefined {
  const key = normaliseKey(text);
  if (key === '') return undefined;
  for (const option of set.options) {
    if ([option.sv, option.en, ...option.aliases].some((spelling) => normaliseKey(spelling) === key)) return option.id;
  }
  return undefined;
}

/** The word written for an option in a language. */
export function choiceLabel<T extends string>(set: ChoiceSet<T>, id: T, language: Language): string {
  const option = set.options.find((o) => o.id === id);
  if (!option) throw new Error(`no option '${id}' in ${set.name.en}`);
  return option[language];
}

/** The words written in a language, in order: the drop-down list. */
export function choiceLabels<T extends string>(set: ChoiceSet<T>, language: Language): string[] {
  return set.options.map((o) => o[language]);
}
