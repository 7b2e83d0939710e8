import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../src/hosts/xlsx/fileCheck';
import { applyPlanToXlsx, readXlsxGrid, XlsxFileError, type XlsxFileErrorCode } from '../../src/hosts/xlsx';
import { plan, scenarioSheet } from './planFixtures';

const text = (s: string) => new TextEncoder().encode(s);

/** An OLE compound file header, optionally naming an EncryptionInfo stream (UTF-16LE) in its directory. */
function oleFile(streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1024);
  bytes.set(header, 0);
  let at = 512;
  for (const name of streams) {
    for (let i = 0; i < name.length; i++) bytes[at + i * 2] = name.charCodeAt(i);
    at += 128;
  }
  return bytes;
}

async function expectFileError(data: Uint8Array, code: XlsxFileErrorCode) {
  const error = await readXlsxGrid(data).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(XlsxFileError);
  expect((error as XlsxFileError).code).toBe(code);
  expect((error as XlsxFileError).bilingual.sv.length).toBeGreaterThan(10);
  expect((error as XlsxFileError).bilingual.en.length).toBeGreaterThan(10);
}

describe('detectFileKind', () => {
  it('recognises a zip package, an old .xls, an encrypted workbook, text and nothing', () => {
    expect(detectFileKind(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('zip');
    expect(detectFileKind(oleFile(['Workbook']))).toBe('legacyXls');
    expect(detectFileKind(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('encryptedOoxml');
    expect(detectFileKind(text('a;b;c\n1;2;3\n'))).toBe('other');
    expect(detectFileKind(new Uint8Array())).toBe('empty');
  });
});

describe('readXlsxGrid given a file that is not a readable .xlsx', () => {
  it('says a CSV file is not an Excel workbook', async () => {
    await expectFileError(text('Betalare;Elever\nUF;1000\n'), 'notXlsx');
  });
  it('says an old .xls must be saved as .xlsx', async () => {
    await expectFileError(oleFile(['Workbook']), 'legacyXls');
  });
  it('says a password-protected workbook must be unlocked first', async () => {
    await expectFileError(oleFile(['EncryptionInfo', 'EncryptedPackage']), 'encrypted');
  });
  it('says a truncated workbook is damaged', async () => {
    const good = await applyPlanToXlsx(null, plan([scenarioSheet()]));
    await expectFileError(good.subarray(0, Math.floor(good.length / 2)), 'corrupt');
  });
  it('says a zip without a workbook part is not an Excel workbook, and a Word file is another Office document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hej');
    await expectFileError(await zip.generateAsync({ type: 'uint8array' }), 'notXlsx');
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    await expectFileError(await docx.generateAsync({ type: 'uint8array' }), 'notSpreadsheet');
  });
  it('says an empty file is empty', async () => {
    await expectFileError(new Uint8Array(), 'empty');
  });
  it('accepts a workbook made by another program', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('A1').value = 1;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readXlsxGrid(data)).resolves.toMatchObject({ sheets: [{ name: 'Blad1', values: [[1]] }] });
  });
});
