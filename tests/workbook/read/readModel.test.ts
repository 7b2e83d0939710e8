import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/workbook/read';
import { templateModel } from '../../../src/workbook/inputs';
import { fingerprint } from '../../../src/workbook/fingerprint';
import { withoutSources } from '../arbitraries';
import { addRow, setCell, setHeader, sheetOf, templateGrid, typedWorkbook, workbook } from './helpers';

describe('readModel', () => {
  describe('happy path', () => {
    it('reads a hand-typed workbook without tables, with Swedish text values', () => {
      const { model, problems } = readModel(workbook(typedWorkbook()));
      expect(problems).toEqual([]);
      expect(model?.solutions.map((s) => s.id)).toEqual(['Schema', 'Frånvaro']);
      expect(model?.costLines[0]).toMatchObject({
        id: 'Schema: licens',
        amount: 9_500,
        basis: { kind: 'perDriver', driver: 'pupils' },
        indexed: true,
        allocation: { kind: 'driver' },
      });
      expect(model?.costLines[1]).toMatchObject({
        id: 'Frånvaro: införande',
        amount: 150_000_000,
        recurrence: 'oneOff',
      });
      expect(model?.alternatives).toEqual([
        expect.objectContaining({
          id: 'Ett kontrakt',
          contracts: [
            expect.objectContaining({
              id: 'Allt',
              schoolForms: ['compulsory', 'adaptedCompulsory'],
              goLive: '2025-08-01',
              procurementCost: 0,
              managementFte: 0,
              optionYears: 0,
            }),
          ],
        }),
      ]);
      expect(withoutSources(model?.parameters)).toEqual({
        baseYear: 2025,
        horizonYears: 10,
        defaultIndexRate: 0.02,
        discountRate: 0.025,
        costPerFte: 85_000_000,
        displayUnit: 'tkr',
        indexRates: {},
      });
    });

    it('fills users with pupils + staff when the column is absent or blank', () => {
      const { model } = readModel(workbook(typedWorkbook()));
      expect(model?.payers[0]?.counts).toEqual({ pupils: 1000, staff: 100, guardians: 0, units: 0, users: 1100 });
    });

    it('reads the usage matrix as shares (ja = 1, x = 1, 50 % = 0.5) and leaves out "nej"', () => {
      const { model } = readModel(workbook(typedWorkbook()));
      expect(withoutSources(model?.usage)).toEqual([
        { payerId: 'Grundskola', solutionId: 'Schema', share: 1 },
        { payerId: 'Grundskola', solutionId: 'Frånvaro', share: 1 },
        { payerId: 'Anpassad', solutionId: 'Frånvaro', share: 0.5 },
      ]);
    });

    it('reads an English workbook (English sheet names, headers and values)', () => {
      const { model, problems } = readModel(templateGrid('en'));
      expect(problems).toEqual([]);
      expect(withoutSources(model)).toEqual(templateModel());
    });
  });

  describe('the Källa (source) column', () => {
    it('reads the source of cost lines, current agreements, payers and internal staff as text', () => {
      const grid = templateGrid();
      setCell(grid, 'tblKostnader', 'Källa', 'offert 2021-10-12');
      setCell(grid, 'tblAvtal', 'Källa', 'Computer Sweden 2019');
      setCell(grid, 'tblBetalare', 'Källa', 'SCB');
      setCell(grid, 'tblInterna', 'Källa', 12345);
      const { model, problems } = readModel(grid);
      expect(problems).toEqual([]);
      expect(model?.costLines[0]?.provenance).toBe('offert 2021-10-12');
      expect(model?.currentAgreements[0]?.provenance).toBe('Computer Sweden 2019');
      expect(model?.payers[0]?.provenance).toBe('SCB');
      // A number typed as a source is a reference like any other, kept as its text.
      expect(model?.internalResources[0]?.provenance).toBe('12345');
    });

    it('accepts the English header and the aliases; a blank cell means no source', () => {
      const grid = templateGrid();
      setHeader(grid, 'tblKostnader', 'Källa', 'Underlag');
      setCell(grid, 'tblKostnader', 'Underlag', 'uppskattning');
      setHeader(grid, 'tblBetalare', 'Källa', 'Source');
      setCell(grid, 'tblBetalare', 'Source', null);
      const { model, problems } = readModel(grid);
      expect(problems).toEqual([]);
      expect(model?.costLines[0]?.provenance).toBe('uppskattning');
      expect(model?.payers[0]).not.toHaveProperty('provenance');
    });

    it('is optional: a workbook typed before the column existed reads without a word about it', () => {
      const { model, problems } = readModel(workbook(typedWorkbook()));
      expect(problems).toEqual([]);
      expect(model?.costLines.some((l) => 'provenance' in l)).toBe(false);
    });
  });

  describe('the decision trail (Beslutsgång)', () => {
    it('reads each forum, date, decision and the generation it saw; the trail is not part of the model', () => {
      const grid = templateGrid();
      const before = readModel(grid);
      expect(before.decisionTrail).toEqual([]);
      addRow(grid, 'tblBeslutsgang', {
        Forum: 'Portföljstyrgrupp',
        Datum: '2026-11-12',
        'Beslut eller rekommendation': 'Rekommenderar alternativ 2',
        'Underlag (version)': '9f2c41ab',
      });
      addRow(grid, 'tblBeslutsgang', {
        Forum: 'FVG',
        Datum: '3 december 2026',
        'Beslut eller rekommendation': 'Informerad',
      });
      const after = readModel(grid);
      expect(after.problems).toEqual([]);
      expect(after.decisionTrail.map(({ at: _at, ...entry }) => entry)).toEqual([
        { forum: 'Portföljstyrgrupp', date: '2026-11-12', decision: 'Rekommenderar alternativ 2', basis: '9f2c41ab' },
        { forum: 'FVG', date: '2026-12-03', decision: 'Informerad' },
      ]);
      // A new row changes no figure, so the scenarios stay current.
      expect(fingerprint(after.model!)).toBe(fingerprint(before.model!));
    });

    it('reports a problem in the trail at its cell as a warning, and still reads the model', () => {
      const grid = templateGrid();
      const row = addRow(grid, 'tblBeslutsgang', {
        Forum: 'FLG',
        Datum: 'i höstas',
        'Beslut eller rekommendation': 'Inriktningsbeslut',
      });
      const { model, problems, decisionTrail } = readModel(grid);
      expect(model).not.toBeNull();
      expect(decisionTrail).toEqual([]);
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'notADate',
          severity: 'warning',
          at: { sheet: 'Beslutsgång', cell: `B${row + 1}` },
        }),
      ]);
      expect(problems[0]!.message.sv).toContain('Beslutsgången påverkar inga belopp');
    });

    it('is optional: a workbook without the sheet reads without a word about it', () => {
      const { problems, decisionTrail } = readModel(workbook(typedWorkbook()));
      expect(problems).toEqual([]);
      expect(decisionTrail).toEqual([]);
    });
  });

  describe('finding blocks', () => {
    it('finds a table by its name on whatever sheet it was moved to', () => {
      const grid = templateGrid();
      sheetOf(grid, 'Resurser').name = 'Våra siffror';
      const { model, problems } = readModel(grid);
      expect(problems).toEqual([]);
      expect(model?.payers[0]?.source?.sheet).toBe('Våra siffror');
    });

    it('finds blocks by header rows anywhere in the first rows, several on one sheet, columns in any order', () => {
      const sheets = typedWorkbook();
      sheets.Resurser = [
        ['Våra betalare', null],
        [null, 'Skolform', 'Personal', 'Kommentar', 'Organisation', 'Elever/barn', 'Betalare'],
        [null, 'grundskola', 100, 'stora', 'UF', 1000, 'Grundskola'],
        [null, 'grundsärskola', 20, null, 'UF', 50, 'Anpassad'],
        [],
        [],
        [null, 'Betalare', 'Frånvaro', 'Schema'],
        [null, 'Grundskola', 'ja', 'ja'],
      ];
      const { model, problems } = readModel(workbook(sheets));
      expect(problems).toEqual([]);
      expect(model?.payers.map((p) => [p.id, p.counts.pupils, p.schoolForm])).toEqual([
        ['Grundskola', 1000, 'compulsory'],
        ['Anpassad', 50, 'adaptedCompulsory'],
      ]);
      expect(model?.payers[0]?.source).toEqual({ sheet: 'Resurser', cell: 'G3' });
      expect(model?.usage).toHaveLength(2);
    });

    it('accepts English, lower-case and diacritic-free headers', () => {
      const sheets = typedWorkbook();
      sheets.Kostnader![5] = ['losning', 'COST ITEM', 'typ', 'Pricing basis', ' Amount '];
      const { problems } = readModel(workbook(sheets));
      expect(problems).toEqual([]);
    });

    it('skips a blank row in the middle of a block; two blank rows end a block found by headers, and rows below that look like data are warned about', () => {
      const sheets = typedWorkbook();
      sheets.Kostnader = [
        ['Lösning'],
        ['Schema'],
        [],
        ['Frånvaro'],
        [],
        [],
        ['Inte en lösning'],
        [],
        ...sheets.Kostnader!.slice(5),
      ];
      const { model, problems } = readModel(workbook(sheets));
      expect(problems).toMatchObject([
        { code: 'rowsNotRead', severity: 'warning', at: { sheet: 'Kostnader', cell: 'A7' } },
      ]);
      expect(model?.solutions.map((s) => s.id)).toEqual(['Schema', 'Frånvaro']);
    });

    it('reads hidden and filtered rows like any other', () => {
      const grid = workbook(typedWorkbook());
      sheetOf(grid, 'Resurser').hiddenRows = [2];
      const { model } = readModel(grid);
      expect(model?.payers.map((p) => p.id)).toEqual(['Grundskola', 'Anpassad']);
    });

    it('never reads a sheet the add-in generated (it carries a marker)', () => {
      const grid = workbook(typedWorkbook());
      grid.sheets.unshift({
        name: 'Kostnader (2)',
        marker: 'skolkostnad:scenario:x',
        values: [['Lösning'], ['Fel']],
        tables: [{ name: 'tblLosningar', headerRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0 }],
      });
      const { model } = readModel(grid);
      expect(model?.solutions.map((s) => s.id)).toEqual(['Schema', 'Frånvaro']);
    });
  });

  describe('values', () => {
    it('reads amounts in the row unit given by Enhet, a text suffix winning', () => {
      const grid = templateGrid();
      setCell(grid, 'tblAvtal', 'Enhet', 'mnkr');
      setCell(grid, 'tblAvtal', 'Årskostnad', 9.3);
      setCell(grid, 'tblAvtal', 'Förlängning per månad', '800 tkr');
      const { model } = readModel(grid);
      expect(model?.currentAgreements[0]).toMatchObject({ annualCost: 930_000_000, monthlyRunOnCost: 80_000_000 });
    });

    it('takes a unit in a money header ("Årskostnad (tkr)") for the column, below the row’s Enhet', () => {
      const grid = templateGrid();
      setCell(grid, 'tblAvtal', 'Årskostnad', 9_300);
      setHeader(grid, 'tblAvtal', 'Årskostnad', 'Årskostnad (tkr)');
      setCell(grid, 'tblAvtal', 'Enhet', null);
      expect(readModel(grid).model?.currentAgreements[0]?.annualCost).toBe(930_000_000);
      setCell(grid, 'tblAvtal', 'Enhet', 'kr');
      expect(readModel(grid).model?.currentAgreements[0]?.annualCost).toBe(930_000);
    });

    it('fills a blank run-on cost with the annual cost / 12 and blank Indexeras with ja', () => {
      const grid = templateGrid();
      setCell(grid, 'tblAvtal', 'Förlängning per månad', null);
      setCell(grid, 'tblAvtal', 'Indexeras', null);
      const { model } = readModel(grid);
      expect(model?.currentAgreements[0]).toMatchObject({
        monthlyRunOnCost: Math.round(930_000_000 / 12),
        indexed: true,
      });
    });

    it('expands "alla" in solution and school-form lists', () => {
      const grid = templateGrid();
      setCell(grid, 'tblKontrakt', 'Lösningar', 'alla');
      setCell(grid, 'tblKontrakt', 'Skolformer', 'Alla');
      const { model } = readModel(grid);
      expect(model?.alternatives[0]?.contracts[0]?.solutionIds).toEqual(['Schema']);
      expect(model?.alternatives[0]?.contracts[0]?.schoolForms).toHaveLength(9);
    });

    it('resolves names ignoring case and spacing, to the name as defined', () => {
      const grid = templateGrid();
      setCell(grid, 'tblKontrakt', 'Lösningar', ' SCHEMA ');
      const { model } = readModel(grid);
      expect(model?.alternatives[0]?.contracts[0]?.solutionIds).toEqual(['Schema']);
    });

    it('uses a percentage key named in Fördelning', () => {
      const grid = templateGrid();
      setCell(grid, 'tblKostnader', 'Fördelning', 'lika för alla');
      const { model } = readModel(grid);
      expect(model?.costLines[0]?.allocation).toEqual({ kind: 'percent', keyId: 'Lika för alla' });
    });

    it('groups contract rows into alternatives in order of first appearance', () => {
      const grid = templateGrid();
      addRow(grid, 'tblKontrakt', {
        Alternativ: 'Två kontrakt',
        Kontrakt: 'A',
        Lösningar: 'Schema',
        Skolformer: 'grundskola',
        Driftstart: '2026-01',
        'Längd (år)': 4,
      });
      addRow(grid, 'tblKontrakt', {
        Alternativ: 'ett kontrakt',
        Kontrakt: 'B',
        Lösningar: 'Schema',
        Skolformer: 'grundskola',
        Driftstart: '2026-01',
        'Längd (år)': 4,
      });
      const { model, problems } = readModel(grid);
      expect(problems).toEqual([]);
      expect(model?.alternatives.map((a) => [a.id, a.contracts.map((c) => c.id)])).toEqual([
        ['Ett kontrakt', ['Skolplattform', 'B']],
        ['Två kontrakt', ['A']],
      ]);
    });

    it('numbers derived cost-line ids that repeat', () => {
      const sheets = typedWorkbook();
      sheets.Kostnader!.push(['Schema', 'licens', 'årlig', 'per personal', 20]);
      const { model } = readModel(workbook(sheets));
      expect(model?.costLines.map((l) => l.id)).toEqual([
        'Schema: licens',
        'Frånvaro: införande',
        'Schema: licens (2)',
      ]);
    });

    it('uses the parameters’ cost per FTE for internal staff without their own', () => {
      const grid = templateGrid();
      setCell(grid, 'tblInterna', 'Kostnad per årsarbetare', null);
      const { model } = readModel(grid);
      expect(model?.internalResources[0]?.costPerFte).toBe(85_000_000);
    });

    it('reads the index rate per year table', () => {
      const grid = templateGrid();
      addRow(grid, 'tblIndex', { År: '2027', Indexuppräkning: '4,5 %' });
      const { model } = readModel(grid);
      expect(model?.parameters.indexRates).toEqual({ 2026: 0.03, 2027: 0.045 });
    });

    it('attaches price bands to their tiered cost line in row order', () => {
      const grid = templateGrid();
      setCell(grid, 'tblPrisstegar', 'Till', 10_000);
      addRow(grid, 'tblPrisstegar', { Kostnadsrad: 'Schema: licens', Från: 10_001, Pris: '40 kr' });
      const { model, problems } = readModel(grid);
      expect(problems).toEqual([]);
      expect(withoutSources(model?.costLines[0]?.basis)).toEqual({
        kind: 'tiered',
        driver: 'pupils',
        mode: 'graduated',
        bands: [
          { from: 1, to: 10_000, price: 5_000 },
          { from: 10_001, to: null, price: 4_000 },
        ],
      });
    });
  });

  it('ignores a blank header cell among others (an unnamed column)', () => {
    const grid = templateGrid();
    setHeader(grid, 'tblKostnader', 'Beskrivning', null);
    const { problems, model } = readModel(grid);
    expect(problems).toEqual([]);
    expect(model?.costLines[0]?.description).toBeUndefined();
  });
});
