/**
 * Where the add-in keeps a generated sheet's marker, in both adapters
 * (Office.js in src/hosts/officejs/sheetMarkers.ts and src/hosts/officejs/write, .xlsx in
 * src/hosts/xlsx/markers.ts; both import this pure module), so a workbook made by the command line is recognised by the add-in
 * and the other way round.
 *
 * Storage: one hidden WORKBOOK-scoped defined name per generated sheet,
 * `Skolkostnad_<writeId>_<n>`, whose formula points at the sheet and carries
 * the marker text:
 *   =IF(FALSE,'Alt 1'!$A$1,"skolkostnad:scenario%3Aalt-1|…")
 * Why this form:
 * - one sync: Office.js lists workbook-scoped names with
 *   `workbook.names.load('items/name,items/formula')` in the same batch as
 *   everything else, where a sheet-scoped name can only be reached through a
 *   sheet object the batch already has by name (names it learns only after a
 *   sync);
 * - the marker follows its sheet: Excel rewrites the reference when the sheet
 *   is renamed, and turns it into #REF! when the sheet is deleted (an orphan:
 *   readers ignore it, the next write deletes it);
 * - a user's COPY of a generated sheet gets no marker (workbook-scoped names
 *   are not copied with a sheet): the copy is the user's own and is never
 *   replaced;
 * - IF(FALSE, …) never evaluates the reference, so the name is a text value
 *   wherever it is used; ExcelApi 1.4 (`formula` 1.7, the manifest's minimum).
 * Excel holds at most 255 characters in a text literal of a formula; a
 * marker longer than that is refused before anything is written.
 *
 * Legacy form (the previous version): a hidden SHEET-scoped name
 * `SkolkostnadMarker` whose formula is the text constant ="skolkostnad:…".
 * It is still read wherever the code holds the sheet object anyway (the
 * write holds every sheet; the readers the input sheets and the sheets of
 * schema tables); the writer replaces such sheets like any of ours, and gives
 * the ones it keeps the workbook-scoped form as well.
 *
 * While a write is in progress, a new sheet carries the sheet-scoped
 * `SkolkostnadPending` (="<write id>"): if both the write and its rollback
 * fail, the next write recognises and removes such leftovers; the readers
 * ignore the marker of a sheet they see carrying it.
 */
import { parseMarker, REWRITING_FINGERPRINT } from './fingerprint';
import { sheetPrefix, sheetRefs } from './formulaRefs';

/** Prefix of the workbook-scoped marker names (compared ignoring case, as Excel compares names). */
export const MARKER_NAME_PREFIX = 'Skolkostnad_';
/** The previous version's sheet-scoped marker name. */
export const LEGACY_MARKER_NAME = 'SkolkostnadMarker';
export const PENDING_NAME = 'SkolkostnadPending';

/** Excel's limit on a text literal inside a formula. */
export const MAX_FORMULA_TEXT = 255;

/** A marker text as a formula constant: ="…" with quotes doubled (the legacy form and the pending mark). */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** The text of a ="…" constant formula; undefined for any other formula. */
export function textOfFormula(formula: string): string | undefined {
  const m = /^=?"((?:[^"]|"")*)"$/.exec(formula.trim());
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}

/**
 * The workbook-scoped name for the n-th marker of a write (a number, or a
 * letter and a number: 'r1' for the first sheet being rewritten in place):
 * a valid defined name, never a cell reference.
 */
export function markerName(writeId: string, n: number | string): string {
  return `${markerNamePrefix(writeId)}${n}`;
}

/** What every marker name of one write starts with. */
export function markerNamePrefix(writeId: string): string {
  return `${MARKER_NAME_PREFIX}${writeId}_`;
}

export function isMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(MARKER_NAME_PREFIX.toLowerCase());
}

/** Thrown when a marker would not fit Excel's 255-character text literal: a bug in the writer, not the user's. */
export class MarkerTooLongError extends Error {
  constructor(readonly text: string) {
    super(`a sheet marker of ${text.length} characters exceeds Excel's ${MAX_FORMULA_TEXT} for text in a formula`);
    this.name = 'MarkerTooLongError';
  }
}

export function checkMarkerText(text: string): void {
  if (text.length > MAX_FORMULA_TEXT) throw new MarkerTooLongError(text);
}

/** The formula of a workbook-scoped marker name, with '=' (Office.js wants it; .xlsx files store it without). */
export function markerFormula(sheetName: string, text: string): string {
  checkMarkerText(text);
  return `=IF(FALSE,${sheetPrefix(sheetName)}$A$1,"${text.replace(/"/g, '""')}")`;
}

/** IF(FALSE, as written above or as Excel and LibreOffice give it back: '=' or not, spaces, FALSE or FALSE(), any case. */
const MARKER_HEAD = /^=?\s*IF\s*\(\s*FALSE\s*(?:\(\s*\))?\s*,/i;

/** The reference and the text of IF(FALSE,<reference>,"<text>"); undefined for any other formula. */
function splitMarkerFormula(formula: string): { reference: string; text: string } | undefined {
  const head = MARKER_HEAD.exec(formula);
  if (!head) return undefined;
  // The reference runs to the first comma outside a quoted sheet name ('a,b'!A1 holds one).
  let i = head[0].length;
  const start = i;
  while (i < formula.length && formula[i] !== ',') {
    if (formula[i] === "'") {
      i += 1;
      while (i < formula.length && !(formula[i] === "'" && formula[i + 1] !== "'")) i += formula[i] === "'" ? 2 : 1;
    }
    i += 1;
  }
  const rest = /^,\s*"((?:[^"]|"")*)"\s*\)\s*$/s.exec(formula.slice(i));
  if (!rest) return undefined;
  return { reference: formula.slice(start, i).trim(), text: rest[1]!.replace(/""/g, '"') };
}

export interface StoredMarker {
  /** The defined name holding it. */
  name: string;
  /** The sheet it points at as written in the formula; undefined when the sheet is gone (#REF!). */
  sheet: string | undefined;
  text: string;
}

/** A workbook-scoped name of ours, parsed; undefined for any other name. */
export function parseMarkerName(name: string, formula: string): StoredMarker | undefined {
  if (!isMarkerName(name)) return undefined;
  const parts = splitMarkerFormula(formula);
  if (!parts) return undefined;
  // A deleted sheet leaves #REF! (which would read as a sheet named REF); quoted names may hold anything, so skip them.
  const orphan = /#REF!/i.test(parts.reference.replace(/'(?:[^']|'')*'/g, "''"));
  const sheet = orphan ? undefined : sheetRefs(parts.reference)[0];
  return { name, sheet, text: parts.text };
}

export interface WorkbookMarkers {
  /**
   * Lower-cased sheet name → the sheet's marker. When a sheet has several
   * (a write interrupted between adding one and deleting another), a
   * "being rewritten" marker wins, so the sheet never reads as current;
   * otherwise the first by name (deterministic).
   */
  bySheet: Map<string, StoredMarker>;
  /** Every marker name of ours pointing at a live sheet, by lower-cased sheet name (more than one should not happen). */
  namesBySheet: Map<string, string[]>;
  /** Names of ours whose sheet is gone: ignored by readers, deleted by the next write. */
  orphans: string[];
}

/** Our markers among the workbook-scoped names, mapped to the sheets that exist. */
export function workbookMarkers(names: { name: string; formula: string }[], sheetNames: string[]): WorkbookMarkers {
  const live = new Set(sheetNames.map((s) => s.toLowerCase()));
  const ours = names
    .map((n) => parseMarkerName(n.name, n.formula))
    .filter((m): m is StoredMarker => m !== undefined)
    .sort((a, b) => compareNames(a.name, b.name));
  const out: WorkbookMarkers = { bySheet: new Map(), namesBySheet: new Map(), orphans: [] };
  for (const m of ours) {
    const key = m.sheet?.toLowerCase();
    if (key === undefined || !live.has(key)) {
      out.orphans.push(m.name);
      continue;
    }
    if (!out.bySheet.has(key) || isRewriting(m.text)) out.bySheet.set(key, m);
    out.namesBySheet.set(key, [...(out.namesBySheet.get(key) ?? []), m.name]);
  }
  return out;
}

function isRewriting(text: string): boolean {
  return parseMarker(text)?.fingerprint === REWRITING_FINGERPRINT;
}

/** Names in Excel's order: ignoring case first, then by code unit so the order is total. */
function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
