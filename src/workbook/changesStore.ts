/**
 * Where a generation's summary (changes.ts) is kept between two generations:
 * plain cells at the foot of the comparison sheet, below its print area,
 * under the title "Underlag för nästa jämförelse (skrivs av Skolkostnad)".
 * Anyone can read them without the add-in; the next generation reads them
 * back to say what changed. Nothing else is remembered anywhere.
 *
 *   Format                     | skolkostnad-underlag-1
 *   Fingeravtryck för indata   | <fingerprint>
 *   Genererad                  | <ISO time>
 *   Kontrollsumma              | <8 hex digits over everything below>
 *   Post       | Id     | Namn | Totalt (öre) | Nuvärde (öre)      (header)
 *   Alternativ | <id>   | <name> | <integer> | <integer>            (one per alternative)
 *   Post       | Tabell | Rad  | Kontrollsumma | Fält                (header)
 *   Indatarad  | <table key> | <row id> | <digest> | <key>:<digest> …  (one per input row)
 *
 * The first column's words are part of the format: they are read in either
 * language (a workbook generated in Swedish may be regenerated in English),
 * and changing one needs a new format version. Field keys are
 * percent-encoded in the last column: a usage field is a solution's name,
 * which may hold spaces or colons. Reading is strict: a summary that does
 * not read exactly (a cell edited, a row cut, the checksum wrong) is
 * "damaged", never half-used; the caller then says the earlier version is
 * unknown instead of listing wrong changes.
 */
import { canonicalJson, fnv1a64 } from './fingerprint';
import type { CellValue } from './grid';
import type { PlannedCell } from './plan';
import { label, type Language } from './labels';
import {
  ROW_TABLES,
  type AlternativeTotal,
  type GenerationSummary,
  type InputRowDigest,
  type RowTable,
} from './changes';

/** The format of the stored summary; a summary of any other version reads as 'otherFormat'. */
export const SUMMARY_FORMAT = 'skolkostnad-underlag-1';
const FORMAT_PREFIX = 'skolkostnad-underlag';

type Token = 'format' | 'fingerprint' | 'generatedAt' | 'checksum' | 'header' | 'alternative' | 'row';

/** The first column's words, both languages; part of the stored format. */
const TOKENS: Record<Token, { sv: string; en: string }> = {
  format: { sv: 'Format', en: 'Format' },
  fingerprint: { sv: 'Fingeravtryck för indata', en: 'Input fingerprint' },
  generatedAt: { sv: 'Genererad', en: 'Generated' },
  checksum: { sv: 'Kontrollsumma', en: 'Checksum' },
  header: { sv: 'Post', en: 'Record' },
  alternative: { sv: 'Alternativ', en: 'Alternative' },
  row: { sv: 'Indatarad', en: 'Input row' },
};

const tokenOf = (text: string): Token | undefined =>
  (Object.keys(TOKENS) as Token[]).find((t) => TOKENS[t].sv === text || TOKENS[t].en === text);

/** Digest of the summary's content, stored beside it: tells a summary edited by hand. */
export function summaryChecksum(summary: GenerationSummary): string {
  return fnv1a64(
    canonicalJson({
      fingerprint: summary.fingerprint,
      generatedAt: summary.generatedAt,
      alternatives: summary.alternatives,
      rows: summary.rows,
    }),
  ).slice(-8);
}

const text = (value: string, style?: PlannedCell['style']): PlannedCell =>
  style === undefined ? { value } : { value, style };
const integer = (value: number): PlannedCell => ({ value, numberFormat: '0' });

/** The section's rows (title, note, records), to be placed below everything else on the sheet. */
export function summaryRows(summary: GenerationSummary, language: Language): (PlannedCell | null)[][] {
  const word = (t: Token): string => TOKENS[t][language];
  const rows: (PlannedCell | null)[][] = [
    [text(label(language, 'storedSummaryTitle'), 'subtitle')],
    [text(label(language, 'storedSummaryNote'), 'note')],
    [text(word('format'), 'label'), text(SUMMARY_FORMAT)],
    [text(word('fingerprint'), 'label'), text(summary.fingerprint)],
    [text(word('generatedAt'), 'label'), text(summary.generatedAt)],
    [text(word('checksum'), 'label'), text(summaryChecksum(summary))],
    [
      text(word('header'), 'header'),
      text(label(language, 'storedId'), 'header'),
      text(label(language, 'storedName'), 'header'),
      text(label(language, 'storedTotalOre'), 'header'),
      text(label(language, 'storedNpvOre'), 'header'),
    ],
    ...summary.alternatives.map((a) => [
      text(word('alternative')),
      text(a.id),
      text(a.name),
      integer(a.total),
      integer(a.npv),
    ]),
    [
      text(word('header'), 'header'),
      text(label(language, 'storedTable'), 'header'),
      text(label(language, 'storedRow'), 'header'),
      text(label(language, 'storedDigest'), 'header'),
      text(label(language, 'storedFields'), 'header'),
    ],
    ...summary.rows.map((r) => {
      const fields = Object.entries(r.fields)
        .map(([k, d]) => `${encodeURIComponent(k)}:${d}`)
        .join(' ');
      return [text(word('row')), text(r.table), text(r.id), text(r.digest), fields === '' ? null : text(fields)];
    }),
  ];
  return rows;
}

export type StoredSummary =
  | { status: 'found'; summary: GenerationSummary }
  /** No stored summary on the sheet. */
  | { status: 'missing' }
  /** A summary of another format version. */
  | { status: 'otherFormat'; format: string }
  /** A summary that does not read; `why` names the first cell that does not (for tests and logs, English). */
  | { status: 'damaged'; why: string };

class Damaged extends Error {}

const HEX8 = /^[0-9a-f]{8}$/;

/** The summary stored on a sheet (its values from A1, as a WorkbookGrid holds them). */
export function readStoredSummary(values: readonly (readonly CellValue[])[]): StoredSummary {
  const start = values.findIndex(
    (row) => tokenOf(asText(row[0])) === 'format' && asText(row[1]).startsWith(FORMAT_PREFIX),
  );
  if (start < 0) return { status: 'missing' };
  const format = asText(values[start]![1]);
  if (format !== SUMMARY_FORMAT) return { status: 'otherFormat', format };
  try {
    return { status: 'found', summary: parseRecords(values, start + 1) };
  } catch (error) {
    if (error instanceof Damaged) return { status: 'damaged', why: error.message };
    throw error;
  }
}

function parseRecords(values: readonly (readonly CellValue[])[], from: number): GenerationSummary {
  const meta: Partial<Record<'fingerprint' | 'generatedAt' | 'checksum', string>> = {};
  const alternatives: AlternativeTotal[] = [];
  const rows: InputRowDigest[] = [];
  for (let r = from; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => v === null || v === '')) continue;
    const at = `row ${r + 1}`;
    const token = tokenOf(asText(row[0]));
    switch (token) {
      case 'fingerprint':
      case 'generatedAt':
      case 'checksum':
        if (meta[token] !== undefined) throw new Damaged(`${at}: a second ${token}`);
        meta[token] = required(row[1], at);
        break;
      case 'header':
        break;
      case 'alternative':
        alternatives.push({
          id: required(row[1], at),
          name: asText(row[2]),
          total: whole(row[3], at),
          npv: whole(row[4], at),
        });
        break;
      case 'row':
        rows.push(inputRow(row, at));
        break;
      default:
        throw new Damaged(`${at}: '${asText(row[0])}' is no record of the summary`);
    }
  }
  const { fingerprint, generatedAt, checksum } = meta;
  if (fingerprint === undefined || generatedAt === undefined || checksum === undefined)
    throw new Damaged('the fingerprint, time or checksum is missing');
  const summary: GenerationSummary = { fingerprint, generatedAt, alternatives, rows };
  if (summaryChecksum(summary) !== checksum) throw new Damaged('the checksum does not match the records');
  return summary;
}

function inputRow(row: readonly CellValue[], at: string): InputRowDigest {
  const table = required(row[1], at);
  if (!(ROW_TABLES as readonly string[]).includes(table)) throw new Damaged(`${at}: no table '${table}'`);
  const digest = required(row[3], at);
  if (!HEX8.test(digest)) throw new Damaged(`${at}: '${digest}' is no digest`);
  // A Map, so a field named like an Object member ('constructor', '__proto__') reads as any other.
  const fields = new Map<string, string>();
  for (const pair of asText(row[4])
    .split(' ')
    .filter((p) => p !== '')) {
    const colon = pair.lastIndexOf(':');
    const key = colon > 0 ? decode(pair.slice(0, colon), at) : '';
    const value = pair.slice(colon + 1);
    if (key === '' || !HEX8.test(value) || fields.has(key))
      throw new Damaged(`${at}: the field '${pair}' does not read`);
    fields.set(key, value);
  }
  return { table: table as RowTable, id: required(row[2], at), digest, fields: Object.fromEntries(fields) };
}

/** A cell's text; a number is its shortest decimal form (an id like 2027 may come back as a number). */
function asText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function required(value: CellValue | undefined, at: string): string {
  const t = asText(value);
  if (t === '') throw new Damaged(`${at}: a cell is empty`);
  return t;
}

function whole(value: CellValue | undefined, at: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Damaged(`${at}: not a whole number of öre`);
  return value;
}

function decode(key: string, at: string): string {
  try {
    return decodeURIComponent(key);
  } catch {
    throw new Damaged(`${at}: the field name '${key}' does not read`);
  }
}
