/**
 * Messages (sv/en) for problems with the .xlsx file itself — the file cannot
 * be opened at all, as opposed to a problem in a cell, which the workbook
 * reader reports as a Problem with its cell. Kept in one place so the
 * command line and tests show the same words.
 */

export type XlsxFileErrorCode =
  'empty' | 'notXlsx' | 'legacyXls' | 'encrypted' | 'corrupt' | 'tooLarge' | 'notSpreadsheet' | 'userSheetClash';

import type { Bilingual } from '../../engine/text';

export type { Bilingual };

export function xlsxFileMessage(code: XlsxFileErrorCode, detail = ''): Bilingual {
  const d = detail ? ` (${detail})` : '';
  switch (code) {
    case 'empty':
      return { sv: `Filen är tom${d}.`, en: `The file is empty${d}.` };
    case 'notXlsx':
      return {
        sv: `Filen är inte en Excel-arbetsbok (.xlsx)${d}. Öppna den i Excel och spara som "Excel-arbetsbok (*.xlsx)".`,
        en: `The file is not an Excel workbook (.xlsx)${d}. Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
      };
    case 'legacyXls':
      return {
        sv: `Filen är i det gamla Excel-formatet (.xls)${d}. Öppna den i Excel och spara som "Excel-arbetsbok (*.xlsx)".`,
        en: `The file is in the old Excel format (.xls)${d}. Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
      };
    case 'encrypted':
      return {
        sv: `Arbetsboken är lösenordsskyddad (krypterad)${d}. Ta bort lösenordet i Excel (Arkiv → Info → Skydda arbetsbok) och försök igen.`,
        en: `The workbook is password-protected (encrypted)${d}. Remove the password in Excel (File → Info → Protect Workbook) and try again.`,
      };
    case 'corrupt':
      return {
        sv: `Arbetsboken är skadad och kan inte läsas${d}. Öppna den i Excel, låt Excel reparera den och spara en ny kopia.`,
        en: `The workbook is damaged and cannot be read${d}. Open it in Excel, let Excel repair it and save a new copy.`,
      };
    case 'tooLarge':
      return {
        sv: `Arbetsboken är för stor för att läsas här${d}. Ta bort blad, bilder eller data som inte behövs för kalkylen, spara och försök igen.`,
        en: `The workbook is too large to read here${d}. Remove sheets, pictures or data the calculation does not need, save and try again.`,
      };
    case 'notSpreadsheet':
      return {
        sv: `Filen är ett Office-dokument men ingen Excel-arbetsbok${d}.`,
        en: `The file is an Office document but not an Excel workbook${d}.`,
      };
    case 'userSheetClash':
      return {
        sv: `Bladet "${detail}" är ditt eget (inte skapat av tillägget) och skrivs aldrig över. Byt namn på det eller låt tillägget välja ett annat namn.`,
        en: `The sheet "${detail}" is your own (not made by the add-in) and is never overwritten. Rename it or let the add-in pick another name.`,
      };
  }
}

/** A file-level failure: the workbook could not be read or written at all. */
export class XlsxFileError extends Error {
  readonly code: XlsxFileErrorCode;
  readonly bilingual: Bilingual;

  constructor(code: XlsxFileErrorCode, detail = '') {
    const bilingual = xlsxFileMessage(code, detail);
    super(bilingual.en);
    this.name = 'XlsxFileError';
    this.code = code;
    this.bilingual = bilingual;
  }
}
