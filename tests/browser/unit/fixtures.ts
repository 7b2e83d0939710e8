/** Small hand-made models and overviews for the task pane's unit tests. */
import { defaultChoices, type CalculationBasis } from '../../../src/app';
import { fingerprint } from '../../../src/workbook/fingerprint';
import type { CostModel, Problem } from '../../../src/engine/model';
import type { WorkbookOverview } from '../../../src/app/session';

export function smallModel(): CostModel {
  return {
    parameters: {
      baseYear: 2025,
      horizonYears: 5,
      indexRates: { 2026: 0.04, 2031: 0.02 },
      defaultIndexRate: 0.03,
      discountRate: 0.025,
      costPerFte: 80_000_000,
      displayUnit: 'tkr',
    },
    payers: [
      {
        id: 'A',
        name: 'A',
        organisation: 'UF',
        schoolForm: 'compulsory',
        counts: { pupils: 100, staff: 10, guardians: 150, units: 2, users: 110 },
      },
      {
        id: 'B',
        name: 'B',
        organisation: 'SDF',
        schoolForm: 'preschool',
        counts: { pupils: 0, staff: 5, guardians: 0, units: 1, users: 5 },
      },
    ],
    solutions: [{ id: 'Schema', name: 'Schema' }],
    usage: [
      { payerId: 'A', solutionId: 'Schema', share: 1 },
      { payerId: 'B', solutionId: 'Schema', share: 1 },
    ],
    costLines: [],
    percentKeys: [],
    currentAgreements: [],
    alternatives: [
      { id: 'Ett', name: 'Ett', contracts: [] },
      { id: 'Två', name: 'Två', contracts: [] },
    ],
    internalResources: [
      { id: 'r1', role: 'Projektledare', phase: 'procurement', fte: 1, costPerFte: 0, firstYear: 2025, lastYear: 2025 },
      {
        id: 'r2',
        role: 'Förvaltare',
        phase: 'management',
        fte: 1,
        costPerFte: 0,
        firstYear: 2025,
        lastYear: 2026,
        alternativeId: 'Två',
      },
    ],
  };
}

export function problem(severity: Problem['severity'], sheet?: string, cell = 'A1'): Problem {
  return {
    code: 'notANumber',
    severity,
    ...(sheet ? { at: { sheet, cell } } : {}),
    message: { sv: `problem i ${sheet ?? 'modellen'}`, en: `problem in ${sheet ?? 'the model'}` },
  };
}

export function overview(partial: Partial<WorkbookOverview> = {}): WorkbookOverview {
  return {
    missingSheets: [],
    model: smallModel(),
    problems: [],
    staleness: { kind: 'never' },
    inputFingerprint: null,
    ...partial,
  };
}

/** The basis of a calculation of smallModel() with its own Parametrar. */
export function basis(): CalculationBasis {
  const model = smallModel();
  return { inputFingerprint: fingerprint(model), choices: defaultChoices(model), overrides: [] };
}
