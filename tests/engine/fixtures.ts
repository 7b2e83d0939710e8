/**
 * Small builders for engine test models: each fills sensible defaults so a
 * test states only what it is about. Amounts are in öre (kr × 100).
 */

import type {
  Alternative,
  Contract,
  CostLine,
  CostModel,
  CurrentAgreement,
  InternalResource,
  Parameters,
  Payer,
  SchoolForm,
} from '../../src/engine/model';

export const kr = (kronor: number): number => kronor * 100;

export function parameters(overrides: Partial<Parameters> = {}): Parameters {
  return {
    baseYear: 2025,
    horizonYears: 3,
    indexRates: {},
    defaultIndexRate: 0,
    discountRate: 0,
    costPerFte: kr(800_000),
    displayUnit: 'kr',
    ...overrides,
  };
}

export function payer(
  id: string,
  schoolForm: SchoolForm,
  counts: Partial<Payer['counts']> = {},
  extra: Partial<Payer> = {},
): Payer {
  const pupils = counts.pupils ?? 100;
  const staff = counts.staff ?? 10;
  return {
    id,
    name: id,
    organisation: 'org',
    schoolForm,
    counts: {
      pupils,
      staff,
      guardians: counts.guardians ?? 0,
      units: counts.units ?? 1,
      users: counts.users ?? pupils + staff,
    },
    ...extra,
  };
}

export function line(id: string, solutionId: string, overrides: Partial<CostLine> = {}): CostLine {
  return {
    id,
    solutionId,
    item: 'licence',
    recurrence: 'yearly',
    basis: { kind: 'fixed' },
    amount: kr(1000),
    indexed: false,
    allocation: { kind: 'driver' },
    ...overrides,
  };
}

export function contract(
  id: string,
  solutionIds: string[],
  schoolForms: SchoolForm[],
  overrides: Partial<Contract> = {},
): Contract {
  return {
    id,
    name: id,
    solutionIds,
    schoolForms,
    procurementCost: 0,
    managementFte: 0,
    goLive: '2025-01-01',
    lengthYears: 4,
    optionYears: 0,
    ...overrides,
  };
}

export function alternative(id: string, contracts: Contract[]): Alternative {
  return { id, name: id, contracts };
}

export function agreement(
  id: string,
  solutionIds: string[],
  overrides: Partial<CurrentAgreement> = {},
): CurrentAgreement {
  return {
    id,
    name: id,
    solutionIds,
    annualCost: kr(12_000),
    expires: '2024-12-31',
    monthlyRunOnCost: kr(2_000),
    indexed: false,
    ...overrides,
  };
}

export function resource(id: string, overrides: Partial<InternalResource> = {}): InternalResource {
  return {
    id,
    role: 'projektledare',
    phase: 'implementation',
    fte: 1,
    costPerFte: kr(100_000),
    firstYear: 2025,
    lastYear: 2025,
    ...overrides,
  };
}

/**
 * Two compulsory-school payers and one preschool payer; solutions 'tt'
 * (timetable, compulsory only) and 'doc' (documentation, everyone); one
 * alternative with one contract covering both for both school forms.
 */
export function smallModel(overrides: Partial<CostModel> = {}): CostModel {
  return {
    parameters: parameters(),
    payers: [
      payer('a', 'compulsory', { pupils: 300 }),
      payer('b', 'compulsory', { pupils: 100 }),
      payer('c', 'preschool', { pupils: 200 }),
    ],
    solutions: [
      { id: 'tt', name: 'Schema' },
      { id: 'doc', name: 'Dokumentation' },
    ],
    usage: [
      { payerId: 'a', solutionId: 'tt', share: 1 },
      { payerId: 'b', solutionId: 'tt', share: 1 },
      { payerId: 'a', solutionId: 'doc', share: 1 },
      { payerId: 'b', solutionId: 'doc', share: 1 },
      { payerId: 'c', solutionId: 'doc', share: 1 },
    ],
    costLines: [line('tt-lic', 'tt'), line('doc-lic', 'doc')],
    percentKeys: [],
    currentAgreements: [],
    alternatives: [alternative('one', [contract('k1', ['tt', 'doc'], ['compulsory', 'preschool'])])],
    internalResources: [],
    ...overrides,
  };
}

/** Σ of a payer's amounts over the horizon, from a scenario's payerYears. */
export function payerTotal(payerYears: { payerId: string; amount: number }[], payerId: string): number {
  return payerYears.filter((p) => p.payerId === payerId).reduce((s, p) => s + p.amount, 0);
}
