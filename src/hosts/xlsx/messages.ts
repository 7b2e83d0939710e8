/**
 * Messages (sv/en) for problems with the .xlsx file itself — the file cannot
 * be opened at all, as opposed to a problem in a cell, which the workbook
 * reader reports as a Problem with its cell. Kept in one place so the
 * command line and tests show the same words.
 */

export type XlsxFileErrorCode =
  | 'empty'
  | 'notXlsx'
  | 'legacyXls'
  | 'binaryXlsb'
  | 'encrypted'
  | 'corrupt'
  | 'duplicateEntry'
  | 'partCut'
  | 'partNotXml'
  | 'cellNotClosed'
  | 'sheetPartMissing'
  | 'partMissing'
  | 'tooLarge'
  | 'notSpreadsheet'
  | 'userSheetClash';

import type { Bilingual } from '../../engine/text';

export type { Bilingual };

/**
 * Where in the package a damage is, for the codes about one part: the part's
 * name in the zip, the sheet it holds (its tab name) and the cell, when
 * known; what the part should have held (`expected`, e.g. '</worksheet>')
 * and what it held instead (`found`, a short excerpt). Only names and XML,
 * which read the same in both languages.
 */
export interface PartPlace {
  part: string;
  sheet?: string;
  cell?: string;
  expected?: string;
  found?: string;
}

/** Repairing in Excel: the one way out of a damaged package. */
const REPAIR: Bilingual = {
  sv: 'Öppna den i Excel, låt Excel reparera den och spara en ny kopia.',
  en: 'Open it in Excel, let Excel repair it and save a new copy.',
};

/** 'bladet "Kostnader" (xl/worksheets/sheet1.xml)' or 'delen xl/styles.xml'. */
function subject(place: PartPlace): Bilingual {
  return place.sheet !== undefined
    ? { sv: `bladet "${place.sheet}" (${place.part})`, en: `the sheet "${place.sheet}" (${place.part})` }
    : { sv: `delen ${place.part}`, en: `the part ${place.part}` };
}

function partMessage(code: XlsxFileErrorCode, place: PartPlace): Bilingual | undefined {
  const s = subject(place);
  const expected = place.expected ?? '';
  switch (code) {
    case 'duplicateEntry':
      return {
        sv: `Arbetsboken är skadad: zip-posten "${place.part}" finns två gånger (stora och små bokstäver räknas lika), så det går inte att veta vilken som gäller. ${REPAIR.sv}`,
        en: `The workbook is damaged: the zip entry "${place.part}" is there twice (capitals and small letters count alike), so there is no knowing which one holds. ${REPAIR.en}`,
      };
    case 'partCut':
      return {
        sv: `Arbetsboken är skadad: ${s.sv} tar slut innan ${expected}, som ska avsluta den (filen är avkortad eller trasig). ${REPAIR.sv}`,
        en: `The workbook is damaged: ${s.en} ends before ${expected}, which should close it (the file is cut short or broken). ${REPAIR.en}`,
      };
    case 'partNotXml':
      return place.found
        ? {
            sv: `Arbetsboken är skadad: ${s.sv} börjar med "${place.found}", men ska vara XML som börjar med ${expected}. ${REPAIR.sv}`,
            en: `The workbook is damaged: ${s.en} starts with "${place.found}", but should be XML starting with ${expected}. ${REPAIR.en}`,
          }
        : {
            sv: `Arbetsboken är skadad: ${s.sv} har inget innehåll, men ska vara XML som börjar med ${expected}. ${REPAIR.sv}`,
            en: `The workbook is damaged: ${s.en} has no content, but should be XML starting with ${expected}. ${REPAIR.en}`,
          };
    case 'cellNotClosed':
      return {
        sv: `Arbetsboken är skadad: cellen ${place.cell ?? '?'} på ${s.sv} avslutas aldrig (${expected} saknas före ${place.found || 'delens slut'}). ${REPAIR.sv}`,
        en: `The workbook is damaged: the cell ${place.cell ?? '?'} of ${s.en} is never closed (${expected} is missing before ${place.found || 'the end of the part'}). ${REPAIR.en}`,
      };
    case 'partMissing':
      return {
        sv: `Arbetsboken är skadad: delen ${place.part} saknas i filen. Varje .xlsx-fil har den, och utan den öppnar varken Excel eller LibreOffice filen. Spara arbetsboken på nytt från programmet som skapade den.`,
        en: `The workbook is damaged: the part ${place.part} is missing from the file. Every .xlsx file has it, and without it neither Excel nor LibreOffice opens the file. Save the workbook again from the program that made it.`,
      };
    case 'sheetPartMissing':
      return place.part === ''
        ? {
            sv: `Arbetsboken är skadad: bladet "${place.sheet ?? ''}" pekar inte på någon del i filen (dess ${expected} saknas eller leder ingenstans), så dess celler går inte att läsa. ${REPAIR.sv}`,
            en: `The workbook is damaged: the sheet "${place.sheet ?? ''}" points at no part of the file (its ${expected} is missing or leads nowhere), so its cells cannot be read. ${REPAIR.en}`,
          }
        : {
            sv: `Arbetsboken är skadad: cellerna i bladet "${place.sheet ?? ''}" ska finnas i ${place.part}, men den delen saknas i filen. ${REPAIR.sv}`,
            en: `The workbook is damaged: the cells of the sheet "${place.sheet ?? ''}" should be in ${place.part}, but the file has no such part. ${REPAIR.en}`,
          };
    default:
      return undefined;
  }
}

export function xlsxFileMessage(code: XlsxFileErrorCode, detail: string | PartPlace = ''): Bilingual {
  if (typeof detail !== 'string') {
    const message = partMessage(code, detail);
    if (message) return message;
    detail = detail.part;
  }
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
    case 'binaryXlsb':
      return {
        sv: `Filen är en binär Excel-arbetsbok (.xlsb)${d}, som inte går att läsa här. Öppna den i Excel och spara som "Excel-arbetsbok (*.xlsx)".`,
        en: `The file is a binary Excel workbook (.xlsb)${d}, which cannot be read here. Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
      };
    case 'encrypted':
      return {
        sv: `Arbetsboken är lösenordsskyddad (krypterad)${d}. Ta bort lösenordet i Excel (Arkiv → Info → Skydda arbetsbok) och försök igen.`,
        en: `The workbook is password-protected (encrypted)${d}. Remove the password in Excel (File → Info → Protect Workbook) and try again.`,
      };
    case 'corrupt':
    case 'duplicateEntry':
    case 'partCut':
    case 'partNotXml':
    case 'cellNotClosed':
    case 'sheetPartMissing':
    case 'partMissing':
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

  constructor(code: XlsxFileErrorCode, detail: string | PartPlace = '') {
    const bilingual = xlsxFileMessage(code, detail);
    super(bilingual.en);
    this.name = 'XlsxFileError';
    this.code = code;
    this.bilingual = bilingual;
  }
}
