/**
 * Excel's naming rules, enforced when a sync executes an add or a rename:
 * sheet names (1–31 characters, none of []:*?/\, no apostrophe first or last,
 * not 'History', unique ignoring case), table names and defined names (unique
 * within their scope: the workbook, or one sheet).
 */
import { EmulatedExcelError } from './errors';
import type { BookState, NameState, SheetState } from './state';
import { tryParseCell } from '../../workbook/a1';

export function checkSheetName(book: BookState, name: unknown, location: string, self?: SheetState): string {
  if (typeof name !== 'string') throw new EmulatedExcelError('InvalidArgument', location, 'sheet name is not a string');
  const invalid =
    name.length < 1 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    /[\u0000-\u001f]/.test(name) || // eslint-disable-line no-control-regex -- Excel refuses control characters in sheet names
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history';
  if (invalid) throw new EmulatedExcelError('InvalidArgument', location, `invalid sheet name '${name}'`);
  const clash = book.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new EmulatedExcelError('ItemAlreadyExists', location, `a sheet named '${clash.name}' exists`);
  return name;
}

/** Defined names and table names: a letter, '_' or '\' first; letters, digits, '_', '.' after; not a cell reference. */
function isValidIdentifier(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    tryParseCell(name) === undefined &&
    !/^[rRcC]$/.test(name)
  );
}

export function checkTableName(book: BookState, name: unknown, location: string, selfId?: string): string {
  if (typeof name !== 'string' || !isValidIdentifier(name)) {
    throw new EmulatedExcelError('InvalidArgument', location, `invalid table name '${String(name)}'`);
  }
  const clash = book.tables.find((t) => t.id !== selfId && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new EmulatedExcelError('ItemAlreadyExists', location, `a table named '${clash.name}' exists`);
  return name;
}

/** A defined name, unique ignoring case within its scope: the workbook's names, or one sheet's. */
export function checkDefinedName(scope: { names: NameState[] }, name: unknown, location: string): string {
  if (typeof name !== 'string' || !isValidIdentifier(name)) {
    throw new EmulatedExcelError('InvalidArgument', location, `invalid name '${String(name)}'`);
  }
  if (scope.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
    throw new EmulatedExcelError('ItemAlreadyExists', location, `a name '${name}' exists in this scope`);
  }
  return name;
}
