/**
 * The sheet-label catalogues and the one function that fills them in. Every
 * text on a generated sheet comes through `label`, so a sheet is entirely
 * Swedish or entirely English.
 */
import type { Driver, SchoolForm, CostEntry, DisplayUnit } from '../../engine/model';
import { en } from './en';
import { sv, type LabelKey, type Labels } from './sv';

export type Language = 'sv' | 'en';
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
  return CATALOGUES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => {
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
