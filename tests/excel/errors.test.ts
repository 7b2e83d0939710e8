/** Excel errors become messages a person can act on; none is swallowed. */
import { describe, expect, it } from 'vitest';
import { createEmulatedWorkbook, EmulatedExcelError } from '../../src/hosts/emulation';
import { describeExcelError, ExcelAdapterError, readWorkbookGrid, selectCell } from '../../src/hosts/officejs';

describe('describeExcelError', () => {
  it('explains a known code in both languages', () => {
    const text = describeExcelError(new EmulatedExcelError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync'));
    expect(text.sv).toMatch(/5 MB/);
    expect(text.en).toMatch(/5 MB/);
  });

  it('names an unknown code and keeps Excel’s message', () => {
    const text = describeExcelError(Object.assign(new Error('Something odd'), { code: 'OddThing' }));
    expect(text.en).toBe('Excel reported an error (OddThing): Something odd');
  });

  it('handles errors that are not Excel’s', () => {
    expect(describeExcelError(new TypeError('x is undefined')).en).toBe('Excel reported an error: x is undefined');
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell, in one sync', async () => {
    const wb = createEmulatedWorkbook([
      { name: 'Kostnader', values: [['a']], tables: [] },
      { name: 'Resurser', values: [['b']], tables: [] },
    ]);
    await selectCell(wb.run, 'Resurser', 'D6');
    expect(wb.activeSheet()).toBe('Resurser');
    expect(wb.stats.syncs).toBe(1);
  });

  it('says plainly when the sheet is gone', async () => {
    const wb = createEmulatedWorkbook([{ name: 'Kostnader', values: [['a']], tables: [] }]);
    const error = await selectCell(wb.run, 'Resurser', 'D6').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).text.sv).toBe('Bladet ”Resurser” finns inte (längre) i arbetsboken.');
  });
});

describe('readWorkbookGrid errors', () => {
  it('surfaces an Excel failure with what the add-in was doing, keeping the cause', async () => {
    const wb = createEmulatedWorkbook([{ name: 'Kostnader', values: [['a']], tables: [] }]);
    // Fail before any operation of the batch applies, so the read cannot recover.
    wb.failAtSync({ atSync: 1, applied: 0 });
    const error = (await readWorkbookGrid(wb.run).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(error.code).toBe('GeneralException');
    expect(error.text.en).toMatch(/^Could not read the workbook: Excel reported an internal error/);
    expect(error.cause).toBeInstanceOf(EmulatedExcelError);
  });
});
