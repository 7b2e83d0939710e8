/**
 * Opening an .xlsx package safely: the signature check, the zip, the parts
 * every workbook must have, then ExcelJS. Every failure becomes an
 * XlsxFileError with a message a person can act on.
 */

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { assertZipPackage } from './fileCheck';
import { XlsxFileError } from './messages';

export interface OpenedPackage {
  zip: JSZip;
  workbook: ExcelJS.Workbook;
  workbookXml: string;
}

export async function openZip(data: Uint8Array): Promise<JSZip> {
  assertZipPackage(data);
  try {
    return await JSZip.loadAsync(data);
  } catch (e) {
    throw new XlsxFileError('corrupt', (e as Error).message);
  }
}

export async function openPackage(data: Uint8Array): Promise<OpenedPackage> {
  const zip = await openZip(data);
  const workbookPart = zip.file('xl/workbook.xml');
  if (!workbookPart) {
    const isOther = zip.file('word/document.xml') || zip.file('ppt/presentation.xml') || zip.file('content.xml');
    throw new XlsxFileError(isOther ? 'notSpreadsheet' : 'notXlsx', 'xl/workbook.xml');
  }
  let workbookXml: string;
  try {
    workbookXml = await workbookPart.async('string');
  } catch (e) {
    throw new XlsxFileError('corrupt', (e as Error).message);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; a Uint8Array works the same at run time.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxFileError('corrupt', (e as Error).message);
  }
  return { zip, workbook, workbookXml };
}
