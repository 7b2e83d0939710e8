/**
 * The .xlsx host: the use-case port (src/app/port.ts) over a file's bytes.
 * The input bytes are never changed: applying a plan produces new bytes,
 * which later reads see, and the last write's report is kept for the CLI
 * (sheets replaced, what a copy could not carry). Cells cannot be selected
 * in a file.
 */
import type { Bilingual } from '../../engine/text';
import type { WorkbookHost } from '../../app/port';
import { sheetsNamed, type CellValue, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import { applyPlanToXlsxWithReport, type XlsxWriteOptions, type XlsxWriteResult } from './apply';
import { formulasReferringTo } from './formulas';
import { sheetConstantsOf } from './sheetContents';
import { readXlsxGrid } from './read';

export interface XlsxHostOptions extends XlsxWriteOptions {
  /** Called when a plan starts being applied (the CLI's "writing" step). */
  onApply?: () => void;
}

export interface XlsxHost extends WorkbookHost {
  /** The file as it is now: the input until a plan was applied, then the written bytes. */
  bytes(): Uint8Array;
  /** The report of the last plan applied, if any. */
  lastWrite(): XlsxWriteResult | undefined;
}

export function createXlsxHost(input: Uint8Array, options: XlsxHostOptions = {}): XlsxHost {
  const { onApply, ...writeOptions } = options;
  let bytes = input;
  let grid: WorkbookGrid | undefined; // parsed once per version of the bytes
  let last: XlsxWriteResult | undefined;
  return {
    bytes: () => bytes,
    lastWrite: () => last,
    async readGrid() {
      grid ??= await readXlsxGrid(bytes);
      return { sheets: grid.sheets.map(copySheet) };
    },
    async readSheets(names) {
      grid ??= await readXlsxGrid(bytes);
      return sheetsNamed(grid, names).map(copySheet);
    },
    async formulasReferringTo(sheets) {
      await Promise.resolve();
      return sheets.length === 0 ? [] : formulasReferringTo(bytes, sheets);
    },
    async sheetConstants(sheets) {
      await Promise.resolve();
      return sheetConstantsOf(bytes, sheets);
    },
    async applyPlan(plan) {
      onApply?.();
      last = await applyPlanToXlsxWithReport(bytes, plan, writeOptions);
      bytes = last.data;
      grid = undefined;
      return { notes: last.leftOut.map(leftOutNote) };
    },
  };
}

/**
 * A sheet's own copy for a caller that may change it. Row by row rather than
 * structuredClone, which took 13 s on a sheet whose used range reaches row
 * 1 048 576 (a million small arrays); this takes a fraction of a second.
 */
function copySheet(sheet: SheetGrid): SheetGrid {
  const { values, numberFormats, ...rest } = sheet;
  const copy: SheetGrid = { ...structuredClone(rest), values: values.map((row) => row.map(copyValue)) };
  if (numberFormats) copy.numberFormats = numberFormats.map((row) => row.slice());
  return copy;
}

function copyValue(value: CellValue): CellValue {
  return value !== null && typeof value === 'object' ? { ...value } : value;
}

/** A zip entry of the input that the copy leaves out (an entry no workbook part can be), in words. */
function leftOutNote(name: string): Bilingual {
  return {
    sv: `Kopian saknar zip-posten "${name}" ur indatafilen: namnet kan inte vara en del av en arbetsbok (det pekar utanför filen), så Excel skulle inte läsa den. Allt annat i filen finns kvar.`,
    en: `The copy leaves out the zip entry "${name}" of the input file: its name cannot be part of a workbook (it points outside the file), so Excel would not read it. Everything else in the file is kept.`,
  };
}
