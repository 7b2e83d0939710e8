/**
 * Excel errors turned into messages a person can act on, by the error's
 * `code` (OfficeExtension.Error, or the emulation's look-alike). Nothing is
 * swallowed: every adapter failure surfaces as an ExcelAdapterError that
 * keeps the original error as `cause`.
 */
import type { Bilingual } from './types';

/** An error from Excel: anything with a string `code` (OfficeExtension.Error has `code` and `debugInfo`). */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return undefined;
}

const BY_CODE: Record<string, Bilingual> = {
  ItemNotFound: {
    sv: 'Ett blad eller en tabell som tillägget behövde finns inte längre (kanske borttaget eller omdöpt under tiden).',
    en: 'A sheet or table the add-in needed no longer exists (perhaps deleted or renamed meanwhile).',
  },
  ItemAlreadyExists: {
    sv: 'Ett blad eller en tabell med samma namn finns redan.',
    en: 'A sheet or table with the same name already exists.',
  },
  InvalidArgument: {
    sv: 'Excel godtog inte ett värde som tillägget skickade (fel storlek eller format).',
    en: 'Excel refused a value the add-in sent (wrong size or format).',
  },
  RequestPayloadSizeLimitExceeded: {
    sv: 'Det som skulle skrivas var större än Excel på webben tar emot i ett anrop (5 MB).',
    en: 'What was to be written exceeded what Excel on the web accepts in one request (5 MB).',
  },
  AccessDenied: {
    sv: 'Excel nekade ändringen: arbetsboken eller bladet är skyddat eller skrivskyddat.',
    en: 'Excel refused the change: the workbook or sheet is protected or read-only.',
  },
  InvalidOperationInCellEditMode: {
    sv: 'En cell redigeras just nu. Tryck Enter eller Esc i Excel och försök igen.',
    en: 'A cell is being edited. Press Enter or Esc in Excel and try again.',
  },
  Conflict: {
    sv: 'Någon annan ändrade arbetsboken samtidigt. Försök igen.',
    en: 'Someone else changed the workbook at the same time. Try again.',
  },
  ActivityLimitReached: {
    sv: 'Excel begränsade antalet anrop. Vänta en stund och försök igen.',
    en: 'Excel throttled the requests. Wait a moment and try again.',
  },
  RequestAborted: { sv: 'Excel avbröt anropet. Försök igen.', en: 'Excel aborted the request. Try again.' },
  ApiNotFound: {
    sv: 'Den här Excel-versionen saknar en funktion som tillägget använder.',
    en: 'This version of Excel lacks a feature the add-in uses.',
  },
  GeneralException: {
    sv: 'Excel rapporterade ett internt fel under anropet.',
    en: 'Excel reported an internal error during the request.',
  },
  InvalidOperation: {
    sv: 'Excel tillät inte åtgärden i arbetsbokens nuvarande läge.',
    en: 'Excel did not allow the operation in the workbook’s current state.',
  },
};

/** A clear message for an Excel error; unknown codes are named, never hidden. */
export function describeExcelError(error: unknown): Bilingual {
  const code = excelErrorCode(error);
  const known = code ? BY_CODE[code] : undefined;
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    sv: `Excel rapporterade ett fel${code ? ` (${code})` : ''}: ${detail}`,
    en: `Excel reported an error${code ? ` (${code})` : ''}: ${detail}`,
  };
}

/** The adapter's one error type: a code, a bilingual message, and the original error. */
export class ExcelAdapterError extends Error {
  readonly code: string;
  readonly text: Bilingual;
  override readonly cause: unknown;

  constructor(code: string, text: Bilingual, cause?: unknown) {
    super(text.en);
    this.name = 'ExcelAdapterError';
    this.code = code;
    this.text = text;
    this.cause = cause;
  }
}

/** Wrap an error from Excel with what the adapter was doing ("while writing"). */
export function adapterError(doing: Bilingual, error: unknown, extra?: Bilingual): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const what = describeExcelError(error);
  const tail = extra ? { sv: ` ${extra.sv}`, en: ` ${extra.en}` } : { sv: '', en: '' };
  return new ExcelAdapterError(
    excelErrorCode(error) ?? 'unexpected',
    { sv: `${doing.sv}: ${what.sv}${tail.sv}`, en: `${doing.en}: ${what.en}${tail.en}` },
    error,
  );
}
