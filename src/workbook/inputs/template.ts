/**
 * The template: a model with exactly one example row in every table, so an
 * analyst sees what each column takes and overwrites it. Valid as it stands
 * (it reads back without problems), which is also what the tests check.
 */
import type { CostModel } from '../../engine/model';

export function templateModel(): CostModel {
  const solution = 'Schema';
  const payer = 'Grundskola (UF)';
  const alternative = 'Ett kontrakt';
  const line = 'Schema: licens';
  return {
    parameters: {
      baseYear: 2025,
      horizonYears: 10,
      indexRates: { 2026: 0.03 },
      defaultIndexRate: 0.025,
      discountRate: 0.025,
      costPerFte: 85_000_000, // 850 000 kr
      displayUnit: 'tkr',
    },
    payers: [
      {
        id: payer,
        name: payer,
        organisation: 'Utbildningsförvaltningen',
        schoolForm: 'compulsory',
        counts: { pupils: 67_000, staff: 9_500, guardians: 112_000, units: 140, users: 76_500 },
      },
    ],
    solutions: [{ id: solution, name: solution }],
    usage: [{ payerId: payer, solutionId: solution, share: 1 }],
    costLines: [
      {
        id: line,
        solutionId: solution,
        item: 'licence',
        recurrence: 'yearly',
        // The one example line shows tiers too, so the Prisstegar table has its example row.
        basis: { kind: 'tiered', driver: 'pupils', mode: 'graduated', bands: [{ from: 1, to: null, price: 5_000 }] },
        amount: 0,
        indexed: true,
        allocation: { kind: 'driver' },
        description: 'Exempelrad: ersätt med egna uppgifter',
      },
    ],
    percentKeys: [{ id: 'Lika för alla', shares: { [payer]: 1 } }],
    currentAgreements: [
      {
        id: 'Nuvarande schemaavtal',
        name: 'Nuvarande schemaavtal',
        solutionIds: [solution],
        annualCost: 930_000_000,
        expires: '2025-12-31',
        monthlyRunOnCost: 77_500_000,
        indexed: true,
      },
    ],
    alternatives: [
      {
        id: alternative,
        name: alternative,
        contracts: [
          {
            id: 'Skolplattform',
            name: 'Skolplattform',
            solutionIds: [solution],
            schoolForms: ['compulsory'],
            procurementCost: 200_000_000,
            managementFte: 1,
            goLive: '2026-08-01',
            lengthYears: 4,
            optionYears: 2,
            // The horizon runs past 4 + 2 years: a successor keeps the solutions covered (issue 14).
            successor: true,
          },
        ],
      },
    ],
    internalResources: [
      {
        id: 'Projektledare',
        role: 'Projektledare',
        phase: 'implementation',
        fte: 1,
        costPerFte: 95_000_000,
        firstYear: 2025,
        lastYear: 2026,
      },
    ],
  };
}
