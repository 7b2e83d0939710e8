/**
 * A generated sheet typed into since it was written is never overwritten
 * without a word: the write stops and names it until the analyst agrees. On
 * every host: the in-memory one, Office.js over the Excel emulation, and an
 * .xlsx file. And a sheet nobody touched is never taken for an edited one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculate,
  checkWorkbook,
  createMemoryHost,
  defaultChoices,
  editedSheets,
  generatedSheets,
  writeScenarios,
  type WorkbookHost,
} from '../../src/app';
import { constantsDigest, readConstants, type ConstantCell } from '../../src/workbook/contentDigest';
import { formatMarker, parseMarker } from '../../src/workbook/fingerprint';
import { planToGrid } from '../../src/workbook/planToGrid';
import { applyPlanToXlsx } from '../../src/hosts/xlsx';
import { createXlsxHost } from '../../src/hosts/xlsx/host';
import { setNumber } from '../xlsx/editXlsx';
import {
  calculateAndWrite,
  compute,
  emulatedSample,
  sampleInputs as inputs,
  writeOptions as options,
} from './fixtures';

const EMPTY_STAMP = { generatedAt: '', version: '', inputFingerprint: '', language: 'sv' as const };

const writeOnce = (host: WorkbookHost, at = '2026-12-07T08:00:00Z') => calculateAndWrite(host, at);

interface HostCase {
  name: string;
  make: () => Promise<{ host: WorkbookHost; typeInto: (sheet: string) => Promise<WorkbookHost> }>;
}

const hosts: HostCase[] = [
  {
    name: 'in memory',
    make: () => {
      const host = createMemoryHost(planToGrid(inputs));
      const typeInto = (sheet: string) => {
        host.edit((grid) => {
          grid.sheets.find((s) => s.name === sheet)!.values[1]![7] = 'Min kommentar';
        });
        return Promise.resolve(host);
      };
      return Promise.resolve({ host, typeInto });
    },
  },
  {
    name: 'Office.js (emulation)',
    make: () => {
      const { wb, host } = emulatedSample();
      const typeInto = async (sheet: string) => {
        await wb.run(async (ctx) => {
          ctx.workbook.worksheets.getItem(sheet).getRange('H2').values = [['Min kommentar']];
          await ctx.sync();
        });
        return host;
      };
      return Promise.resolve({ host, typeInto });
    },
  },
  {
    name: '.xlsx',
    make: async () => {
      const host = createXlsxHost(await applyPlanToXlsx(null, { sheets: inputs, stamp: EMPTY_STAMP }));
      // A number typed over a label: the file's cell is rewritten, as Excel would save it.
      const typeInto = (sheet: string) => Promise.resolve(createXlsxHost(setNumber(host.bytes(), sheet, 'A1', 42)));
      return { host, typeInto };
    },
  },
];

describe.each(hosts)('hand edits, $name', ({ make }) => {
  it('a sheet nobody touched is not edited: writing again goes ahead without asking', async () => {
    const { host } = await make();
    expect((await writeOnce(host)).status).toBe('written');
    const grid = (await checkWorkbook(host, 'sv')).grid;
    expect(await editedSheets(host, grid, generatedSheets(grid))).toEqual([]);
    expect((await writeOnce(host, '2026-12-07T09:00:00Z')).status).toBe('written');
  });

  it('a sheet typed into is named, nothing is written, and it is overwritten only when the analyst agrees', async () => {
    const made = await make();
    const first = await writeOnce(made.host);
    if (first.status !== 'written') throw new Error('expected a write');
    const sheet = first.plan.sheets.find((s) => s.kind === 'comparison')!.name;
    const host = await made.typeInto(sheet);
    const grid = (await checkWorkbook(host, 'sv')).grid;
    expect(await editedSheets(host, grid, generatedSheets(grid))).toEqual([
      { sheet, generatedAt: '2026-12-07T08:00:00Z' },
    ]);

    const check = await checkWorkbook(host, 'sv');
    const calculation = await calculate(check.model!, defaultChoices(check.model!), compute);
    const asked = await writeScenarios(host, calculation, { ...options, generatedAt: '2026-12-07T10:00:00Z' });
    expect(asked).toMatchObject({ status: 'confirmOverwrite', edited: [{ sheet }] });
    expect((await checkWorkbook(host, 'sv')).grid).toEqual(grid); // nothing written

    const done = await writeScenarios(host, calculation, {
      ...options,
      generatedAt: '2026-12-07T10:00:00Z',
      overwriteEdits: true,
    });
    expect(done).toMatchObject({ status: 'written', overwritten: [{ sheet }] });
    const after = (await checkWorkbook(host, 'sv')).grid;
    expect(await editedSheets(host, after, generatedSheets(after))).toEqual([]);
  });
});

describe('constantsDigest', () => {
  const cell = fc.record({
    row: fc.nat(200),
    col: fc.nat(30),
    value: fc.oneof(fc.string({ minLength: 1 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
  });
  const cells = fc.uniqueArray(cell, { selector: (c) => `${c.row},${c.col}` });

  it('does not depend on the order the cells are read in', () => {
    fc.assert(
      fc.property(cells, (cs) => {
        expect(constantsDigest([...cs].reverse())).toBe(constantsDigest(cs));
      }),
    );
  });

  it('changes when any one cell changes value', () => {
    fc.assert(
      fc.property(
        cells.filter((cs) => cs.length > 0),
        fc.nat(),
        (cs, i) => {
          const k = i % cs.length;
          const changed: ConstantCell[] = cs.map((c, j) => (j === k ? { ...c, value: `${String(c.value)}x` } : c));
          expect(constantsDigest(changed)).not.toBe(constantsDigest(cs));
        },
      ),
    );
  });

  it('reads an empty text as no cell (Office.js reads an empty cell as "")', () => {
    expect(constantsDigest([{ row: 0, col: 0, value: '' }])).toBe(constantsDigest([]));
  });
});

describe('readConstants (a sheet read back, held against its marker)', () => {
  const sheet: ConstantCell[] = [
    { row: 0, col: 0, value: 'Scenario 1' },
    { row: 1, col: 1, value: 17 },
    { row: 2, col: 3, value: 0.25 },
    { row: 3, col: 0, value: true },
    { row: 4, col: 2, value: 'Malmö 😀' },
    { row: 5, col: 5, value: -1234567.5 },
  ];
  /** constantsDigest(sheet) as versions up to commit d3163d0 computed it (FNV-1a 64 of the cells' lines). */
  const WRITTEN_BY_EARLIER_VERSION = 'b3dfc129';

  it('matches the digest this version writes, and the one earlier versions wrote, of the same cells', () => {
    const read = readConstants([...sheet].reverse());
    expect(read.matches(constantsDigest(sheet))).toBe(true);
    expect(read.matches(WRITTEN_BY_EARLIER_VERSION)).toBe(true);
    expect(constantsDigest(sheet)).not.toBe(WRITTEN_BY_EARLIER_VERSION);
  });

  it('matches neither once a cell was typed over, added or cleared', () => {
    const typedOver = sheet.map((c, i) => (i === 2 ? { ...c, value: 0.5 } : c));
    const added = [...sheet, { row: 9, col: 9, value: 'Min kommentar' }];
    const cleared = sheet.slice(1);
    for (const cells of [typedOver, added, cleared]) {
      const read = readConstants(cells);
      expect(read.matches(constantsDigest(sheet))).toBe(false);
      expect(read.matches(WRITTEN_BY_EARLIER_VERSION)).toBe(false);
    }
  });

  it('holds a number by its value, however it was spelt (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const read = readConstants([{ row: 1, col: 2, value: Number(String(x)) }]);
        expect(read.matches(constantsDigest([{ row: 1, col: 2, value: x }]))).toBe(true);
      }),
    );
  });
});

describe('the marker with a digest', () => {
  it('round-trips, and a marker of an earlier version (no digest) still reads', () => {
    const marker = { key: 'scenario:a', fingerprint: 'f', generatedAt: 'g', version: 'v', contents: '0a1b2c3d' };
    expect(parseMarker(formatMarker(marker))).toEqual(marker);
    expect(parseMarker(formatMarker({ ...marker, unsavedChoices: true }))).toEqual({ ...marker, unsavedChoices: true });
    expect(parseMarker('skolkostnad:scenario%3Aa|f|g|v')).toEqual({
      key: 'scenario:a',
      fingerprint: 'f',
      generatedAt: 'g',
      version: 'v',
    });
    expect(parseMarker('skolkostnad:scenario%3Aa|f|g|v|x')).toBeUndefined();
  });
});
