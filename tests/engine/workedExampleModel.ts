/** The worked example of docs/model.md as a model: two payers, two solutions, one alternative, three years. */

import type { CostModel } from '../../src/engine/model';
import { kr } from './fixtures';

export const workedExample: CostModel = {
  parameters: {
    baseYear: 2025,
    horizonYears: 3,
    indexRates: {},
    defaultIndexRate: 0.03,
    discountRate: 0.025,
    costPerFte: kr(80_000),
    displayUnit: 'kr',
  },
  payers: [
    {
      id: 'A',
      name: 'UF – grundskola',
      organisation: 'Utbildningsförvaltningen',
      schoolForm: 'compulsory',
      counts: { pupils: 600, staff: 60, guardians: 900, units: 2, users: 660 },
    },
    {
      id: 'B',
      name: 'Stadsdel Norr – förskola',
      organisation: 'Stadsdel Norr',
      schoolForm: 'preschool',
      counts: { pupils: 300, staff: 40, guardians: 500, units: 5, users: 340 },
    },
  ],
  solutions: [
    { id: 'T', name: 'Schema' },
    { id: 'D', name: 'Dokumentation' },
  ],
  usage: [
    { payerId: 'A', solutionId: 'T', share: 1 },
    { payerId: 'A', solutionId: 'D', share: 1 },
    { payerId: 'B', solutionId: 'D', share: 0.5 },
  ],
  costLines: [
    {
      id: 'L1',
      solutionId: 'T',
      item: 'licence',
      recurrence: 'yearly',
      basis: { kind: 'perDriver', driver: 'pupils' },
      amount: kr(50),
      indexed: true,
      allocation: { kind: 'driver' },
    },
    {
      id: 'L2',
      solutionId: 'D',
      item: 'licence',
      recurrence: 'yearly',
      basis: {
        kind: 'tiered',
        driver: 'users',
        mode: 'graduated',
        bands: [
          { from: 1, to: 500, price: kr(40) },
          { from: 501, to: null, price: kr(30) },
        ],
      },
      amount: 0,
      indexed: true,
      allocation: { kind: 'driver' },
    },
    {
      id: 'L3',
      solutionId: 'D',
      item: 'implementation',
      recurrence: 'oneOff',
      basis: { kind: 'fixed' },
      amount: kr(100_000),
      indexed: false,
      allocation: { kind: 'driver' },
    },
  ],
  percentKeys: [],
  currentAgreements: [
    {
      id: 'O1',
      name: 'Gamla schemat',
      solutionIds: ['T'],
      annualCost: kr(40_000),
      expires: '2025-03-31',
      monthlyRunOnCost: kr(5_000),
      indexed: false,
    },
  ],
  alternatives: [
    {
      id: 'ALT',
      name: 'Ett kontrakt',
      contracts: [
        {
          id: 'C1',
          name: 'Skolsystem',
          solutionIds: ['T', 'D'],
          schoolForms: ['compulsory', 'preschool'],
          procurementCost: kr(30_000),
          managementFte: 0.1,
          goLive: '2025-07-01',
          lengthYears: 4,
          optionYears: 0,
        },
      ],
    },
  ],
  internalResources: [
    {
      id: 'R1',
      role: 'Projektledare',
      phase: 'implementation',
      fte: 0.5,
      costPerFte: kr(700_000),
      firstYear: 2025,
      lastYear: 2025,
    },
  ],
};
