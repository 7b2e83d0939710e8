import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stockholmSample } from '../../src/sample/stockholm';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { inputSheetsPlan, templateModel } from '../../src/workbook/inputs';
import { planToGrid } from '../../src/workbook/planToGrid';
import { readModel } from '../../src/workbook/read';
import { costModelArbitrary, withoutSources } from './arbitraries';

/** The same grid as Excel would hold after a copy-paste into a new file: no tables, no formats. */
function withoutTablesAndFormats(grid: WorkbookGrid): WorkbookGrid {
  return { sheets: grid.sheets.map(({ numberFormats: _formats, ...sheet }) => ({ ...sheet, tables: [] })) };
}

describe('readModel(planToGrid(inputSheetsPlan(model)))', () => {
  it('gives back any valid model, in both languages', () => {
    fc.assert(
      fc.property(
        costModelArbitrary,
        fc.constantFrom('sv' as const, 'en' as const),
        fc.boolean(),
        (model, language, illustrative) => {
          const read = readModel(planToGrid(inputSheetsPlan(model, { language, illustrative })));
          expect(read.problems).toEqual([]);
          expect(withoutSources(read.model)).toEqual(withoutSources(model));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives back any valid model when tables are lost and blocks are found by their header rows', () => {
    fc.assert(
      fc.property(costModelArbitrary, (model) => {
        const grid = withoutTablesAndFormats(
          planToGrid(inputSheetsPlan(model, { language: 'sv', illustrative: false })),
        );
        const read = readModel(grid);
        expect(read.problems).toEqual([]);
        // Without '%' formats a share of exactly 1 % written as 0.01 still reads 0.01: fractions ≤ 1 are fractions.
        expect(withoutSources(read.model)).toEqual(withoutSources(model));
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the Stockholm sample exactly', () => {
    const sample = stockholmSample();
    const read = readModel(planToGrid(inputSheetsPlan(sample, { language: 'sv', illustrative: true })));
    expect(read.problems).toEqual([]);
    expect(withoutSources(read.model)).toEqual(sample);
  });

  it('gives back the template, which reads without any problem', () => {
    const read = readModel(planToGrid(inputSheetsPlan(templateModel(), { language: 'en', illustrative: false })));
    expect(read.problems).toEqual([]);
    expect(withoutSources(read.model)).toEqual(templateModel());
  });

  it('records where each entity was read, as sheet and cell', () => {
    const read = readModel(planToGrid(inputSheetsPlan(templateModel(), { language: 'sv', illustrative: false })));
    expect(read.model?.payers[0]?.source).toEqual({ sheet: 'Resurser', cell: 'A7' });
    expect(read.model?.solutions[0]?.source).toEqual({ sheet: 'Kostnader', cell: 'A7' });
  });
});
