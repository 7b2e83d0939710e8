/**
 * The sheet-label catalogues and the one function that fills them in. Every
 * text on a generated sheet comes through `label`, so a sheet is entirely
 * Swedish or entirely English.
 */
import type { Driver, SchoolForm, CostEntry, DisplayUnit } from '../../engine/model';
import { en } from './en';
import { sv, type LabelKey, type Labels } from './sv';

import type { Language } from '../../engine/text';

export type { Language };
export type { LabelKey, Labels };

export const CATALOGUES: Record<Language, Labels> = { sv, en };

/** The {placeholder} names of a label text, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/**
 * A label with its placeholders filled. A missing parameter is a bug in the
 * writer, not a user problem, so it throws (never silently prints "{name}").
 */
export function label(language: Language, key: LabelKey, params: Record<string, string> = {}): string {
  const text = CATALOGUES[language][key];
  // Most labels have no parameter (a sheet asks for a payer's school form on every row).
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`label '${key}' needs the parameter '${name}'`);
    return value;
  });
}

const SCHOOL_FORM_KEYS: Record<SchoolForm, LabelKey> = {
  preschool: 'formPreschool',
  preschoolClass: 'formPreschoolClass',
  compulsory: 'formCompulsory',
  leisureCentre: 'formLeisureCentre',
  adaptedCompulsory: 'formAdaptedCompulsory',
  upperSecondary: 'formUpperSecondary',
  adaptedUpperSecondary: 'formAdaptedUpperSecondary',
  adultEducation: 'formAdultEducation',
  sfi: 'formSfi',
};

const ITEM_KEYS: Record<CostEntry['item'], LabelKey> = {
  licence: 'itemLicence',
  implementation: 'itemImplementation',
  migration: 'itemMigration',
  integration: 'itemIntegration',
  training: 'itemTraining',
  operation: 'itemOperation',
  management: 'itemManagement',
  other: 'itemOther',
  procurement: 'itemProcurement',
  contractManagement: 'itemContractManagement',
  internal: 'itemInternal',
  currentAgreement: 'itemCurrentAgreement',
  runOn: 'itemRunOn',
};

const DRIVER_KEYS: Record<Driver, LabelKey> = {
  pupils: 'driverPupils',
  staff: 'driverStaff',
  guardians: 'driverGuardians',
  units: 'driverUnits',
  users: 'driverUsers',
};

const UNIT_KEYS: Record<DisplayUnit, LabelKey> = { kr: 'unitKr', tkr: 'unitTkr', mnkr: 'unitMnkr' };

export const schoolFormLabel = (language: Language, form: SchoolForm): string =>
  label(language, SCHOOL_FORM_KEYS[form]);
export const itemLabel = (language: Language, item: CostEntry['item']): string => label(language, ITEM_KEYS[item]);
export const driverLabel = (language: Language, driver: Driver): string => label(language, DRIVER_KEYS[driver]);
export const unitLabel = (language: Language, unit: DisplayUnit): string => label(language, UNIT_KEYS[unit]);

/**
 * The unit note under a generated sheet's title. In tkr and mnkr it also says
 * that each amount is rounded on its own, so a displayed total can differ by
 * a unit from the sum of the displayed parts (the cells hold whole kronor, and
 * those add up exactly): the convention of Swedish public reports, stated
 * where the reader sees the figures.
 */
export function unitNoteText(language: Language, unit: DisplayUnit): string {
  const unitText = unitLabel(language, unit);
  const note = label(language, 'unitNote', { unit: unitText });
  return unit === 'kr' ? note : `${note} ${label(language, 'roundingNote', { unit: unitText })}`;
}
