import { describe, expect, it } from 'vitest';
import { stockholmSample } from '../../../src/sample/stockholm';
import type { CostModel } from '../../../src/engine/model';
import { inputSheetsPlan, templateModel } from '../../../src/workbook/inputs';
import type { PlannedSheet } from '../../../src/workbook/plan';
import { parseRange } from '../../../src/workbook/read/a1';
import { BLOCKS, SHEETS } from '../../../src/workbook/schema';

const plan = (model: CostModel = templateModel(), language: 'sv' | 'en' = 'sv', illustrative = false) =>
  inputSheetsPlan(model, { language, illustrative });

function sheetNamed(sheets: PlannedSheet[], name: string): PlannedSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The header cell texts of a planned table. */
function headers(sheet: PlannedSheet, table: string): string[] {
  const t = sheet.tables?.find((x) => x.name === table);
  if (!t) throw new Error(`no table ${table}`);
  const r = parseRange(t.range);
  return (sheet.rows[r.top] ?? []).slice(r.left, r.right + 1).map((c) => String(c?.value));
}

function validationAt(sheet: PlannedSheet, table: string, header: string) {
  const t = sheet.tables!.find((x) => x.name === table)!;
  const r = parseRange(t.range);
  const col = headers(sheet, table).indexOf(header) + r.left;
  return sheet.validations?.find((v) => {
    const range = parseRange(v.range);
    return range.left === col && range.top === r.top + 1 && range.bottom === r.bottom;
  });
}

describe('inputSheetsPlan', () => {
  it('writes the five input sheets, named in the chosen language, as kind input', () => {
    expect(plan().map((s) => [s.name, s.kind, s.key])).toEqual([
      ['Kostnader', 'input', 'input:costs'],
      ['Kontrakt', 'input', 'input:contracts'],
      ['Resurser', 'input', 'input:resources'],
      ['Parametrar', 'input', 'input:parameters'],
      ['Beslutsgång', 'input', 'input:decisions'],
    ]);
    expect(plan(templateModel(), 'en').map((s) => s.name)).toEqual([
      'Costs',
      'Contracts',
      'Resources',
      'Parameters',
      'Decision trail',
    ]);
  });

  it('writes every block as an Excel table with the format’s headers, in the format’s order', () => {
    for (const language of ['sv', 'en'] as const) {
      const sheets = plan(templateModel(), language);
      for (const sheetSpec of SHEETS) {
        const sheet = sheetNamed(sheets, sheetSpec[language]);
        expect(sheet.tables?.map((t) => t.name)).toEqual(sheetSpec.blocks.map((b) => BLOCKS[b].table));
        for (const key of sheetSpec.blocks) {
          const fixed = BLOCKS[key].columns.map((c) => c[language]);
          expect(headers(sheet, BLOCKS[key].table).slice(0, fixed.length)).toEqual(fixed);
        }
      }
    }
  });

  it('adds one usage column per solution, headed by its name', () => {
    const sheet = sheetNamed(plan(stockholmSample()), 'Resurser');
    expect(headers(sheet, 'tblAnvandning')).toEqual(['Betalare', ...stockholmSample().solutions.map((s) => s.name)]);
  });

  it('puts one data row in every table of the template (the parameters: one row per parameter)', () => {
    for (const sheet of plan()) {
      // The decision trail starts empty: an example row would read as a forum that saw the figures.
      for (const table of (sheet.tables ?? []).filter((t) => t.name !== 'tblBeslutsgang')) {
        const r = parseRange(table.range);
        expect(r.bottom - r.top, table.name).toBe(
          table.name === 'tblParametrar' ? BLOCKS.parameters.fields!.length : 1,
        );
        const row = sheet.rows[r.bottom] ?? [];
        expect(
          row.some((c) => c?.value !== null && c?.value !== undefined),
          `${table.name} has its example row`,
        ).toBe(true);
      }
    }
  });

  it('gives an empty block one blank row, since an Excel table needs a data row', () => {
    const model = { ...templateModel(), percentKeys: [] };
    model.costLines = model.costLines.map((l) => ({ ...l, allocation: { kind: 'driver' as const } }));
    const sheet = sheetNamed(plan(model), 'Resurser');
    const t = sheet.tables!.find((x) => x.name === 'tblNycklar')!;
    const r = parseRange(t.range);
    expect(r.bottom - r.top).toBe(1);
    expect((sheet.rows[r.bottom] ?? []).every((c) => c === null || c.value === null)).toBe(true);
  });

  it('says "Illustrativa siffror" on every sheet when the figures are illustrative, and not otherwise', () => {
    for (const sheet of plan(stockholmSample(), 'sv', true)) {
      expect(sheet.rows[1]?.[0]).toMatchObject({
        value: expect.stringContaining('Illustrativa siffror'),
        style: 'warning',
      });
    }
    for (const sheet of plan(stockholmSample(), 'en', true))
      expect(String(sheet.rows[1]?.[0]?.value)).toContain('Illustrative figures');
    for (const sheet of plan()) expect(JSON.stringify(sheet.rows)).not.toContain('Illustrativa');
  });

  it('starts each sheet with a title row and styles headers', () => {
    const sheet = sheetNamed(plan(), 'Kontrakt');
    expect(sheet.rows[0]?.[0]).toEqual({ value: 'Kontraktsalternativ', style: 'title' });
    const t = parseRange(sheet.tables![0]!.range);
    expect(sheet.rows[t.top]?.every((c) => c?.style === 'header')).toBe(true);
  });

  it('offers drop-down lists for closed choices: ja/nej, school forms, pricing bases, cost items, units', () => {
    const sheets = plan();
    const costs = sheetNamed(sheets, 'Kostnader');
    expect(validationAt(costs, 'tblKostnader', 'Indexeras')?.list).toEqual(['ja', 'nej']);
    expect(validationAt(costs, 'tblKostnader', 'Prismodell')?.list).toEqual([
      'fast',
      'per elev',
      'per personal',
      'per vårdnadshavare',
      'per enhet',
      'per användare',
    ]);
    expect(validationAt(costs, 'tblKostnader', 'Kostnadsslag')?.list).toContain('licens');
    expect(validationAt(costs, 'tblKostnader', 'Typ')?.list).toEqual(['engångs', 'årlig']);
    expect(validationAt(costs, 'tblKostnader', 'Trappa')?.list).toEqual(['stegvis', 'volym']);
    expect(validationAt(costs, 'tblKostnader', 'Enhet')?.list).toEqual(['kr', 'tkr', 'mnkr']);
    const resources = sheetNamed(sheets, 'Resurser');
    expect(validationAt(resources, 'tblBetalare', 'Skolform')?.list).toContain('anpassad grundskola');
    expect(validationAt(resources, 'tblInterna', 'Fas')?.list).toEqual(['upphandling', 'införande', 'förvaltning']);
  });

  it('lets the usage matrix and Fördelning take more than their lists (a share, a key name)', () => {
    const sheets = plan();
    const usage = validationAt(sheetNamed(sheets, 'Resurser'), 'tblAnvandning', 'Schema');
    expect(usage).toMatchObject({ list: ['ja', 'nej'], allowOtherValues: true });
    const allocation = validationAt(sheetNamed(sheets, 'Kostnader'), 'tblKostnader', 'Fördelning');
    expect(allocation).toMatchObject({
      list: ['efter antal', 'lika delar', 'viktad', 'Lika för alla'],
      allowOtherValues: true,
    });
  });

  it('keeps every drop-down list within Excel’s 255 characters', () => {
    for (const sheet of plan(stockholmSample()))
      for (const v of sheet.validations ?? []) expect(v.list.join(',').length).toBeLessThanOrEqual(255);
  });

  it('writes money in kr, percentages as %-formatted fractions and dates as formatted serials', () => {
    const sheets = plan();
    const row = (sheet: string, table: string) => {
      const s = sheetNamed(sheets, sheet);
      const r = parseRange(s.tables!.find((t) => t.name === table)!.range);
      return Object.fromEntries(headers(s, table).map((h, i) => [h, s.rows[r.top + 1]?.[r.left + i]]));
    };
    expect(row('Kostnader', 'tblAvtal')['Årskostnad']).toEqual({
      value: 9_300_000,
      numberFormat: '#,##0',
      style: 'input',
    });
    expect(row('Kostnader', 'tblAvtal')['Löper ut']).toEqual({
      value: 46022,
      numberFormat: 'yyyy-mm-dd',
      style: 'input',
    });
    expect(row('Resurser', 'tblNycklar')['Andel']).toMatchObject({
      value: 1,
      numberFormat: expect.stringContaining('%'),
    });
    expect(row('Kostnader', 'tblPrisstegar')['Pris']).toMatchObject({ value: 50 });
  });

  it('writes names as plain text values, never as formulas', () => {
    const model = templateModel();
    model.payers[0]!.organisation = '=HYPERLINK("http://x")';
    const cells = plan(model).flatMap((s) => s.rows.flat());
    const cell = cells.find((c) => c?.value === '=HYPERLINK("http://x")');
    expect(cell).toBeDefined();
    expect(cell?.formula).toBeUndefined();
  });

  it('gives every column a width and keeps table names unique', () => {
    const sheets = plan(stockholmSample());
    for (const sheet of sheets) {
      const width = Math.max(...sheet.rows.map((r) => r.length));
      expect(sheet.columnWidths?.length).toBeGreaterThanOrEqual(width);
    }
    const names = sheets.flatMap((s) => s.tables ?? []).map((t) => t.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('templateModel', () => {
  it('has exactly one example row for every table', () => {
    const m = templateModel();
    expect(
      [
        m.solutions,
        m.costLines,
        m.currentAgreements,
        m.alternatives,
        m.alternatives[0]!.contracts,
        m.payers,
        m.usage,
        m.percentKeys,
        m.internalResources,
      ].map((x) => x.length),
    ).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(Object.keys(m.parameters.indexRates)).toHaveLength(1);
    expect(m.costLines[0]?.basis).toMatchObject({ kind: 'tiered', bands: [expect.anything()] });
  });
});
