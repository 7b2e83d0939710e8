/**
 * Dates to ISO 'YYYY-MM-DD': Excel serial numbers, ISO text ('2024-08-01',
 * '2024-08' = the 1st), and Swedish or English text ('1 augusti 2024',
 * 'aug 2024', '1 Aug 2024'). Years 1900–2200.
 *
 * Excel's 1900 date system counts 1900-01-01 as serial 1 and, copying a
 * Lotus 1-2-3 bug, has a 29 February 1900 (serial 60). Serials from 61 on are
 * therefore days since 1899-12-30; serial 60 is not a real date.
 */
import type { CellValue } from '../grid';
import { normaliseKey } from '../schema/normalise';
import { FIRST_YEAR, LAST_YEAR } from './parseYear';
import { fail, ok, type ParseResult } from './parseResult';

const DAY_MS = 86_400_000;
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augusti', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['december', 'dec'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const EXPECTED = [
  'ett datum, t.ex. 2024-08-01 eller 1 augusti 2024',
  'a date, e.g. 2024-08-01 or 1 August 2024',
] as const;

export function parseDate(value: CellValue): ParseResult<string> {
  const iso = typeof value === 'number' ? serialToIso(value) : typeof value === 'string' ? textToIso(value) : undefined;
  return iso === undefined ? fail('notADate', EXPECTED[0], EXPECTED[1]) : ok(iso);
}

/** An Excel serial (time of day ignored) as ISO, or undefined outside 1900–2200 or for the phantom 1900-02-29. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day === 60) return undefined;
  const date = new Date((day < 60 ? EPOCH_BEFORE_BUG : EPOCH_AFTER_BUG) + day * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The Excel serial of an ISO date 'YYYY-MM-DD' (the writer's inverse of serialToIso). */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: '${iso}'`);
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const afterBug = Math.round((time - EPOCH_AFTER_BUG) / DAY_MS);
  return afterBug >= 61 ? afterBug : Math.round((time - EPOCH_BEFORE_BUG) / DAY_MS);
}

function textToIso(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? 1 : Number(iso[3]));
  const words = normaliseKey(trimmed)
    .replace(/\./g, ' ')
    .replace(/,/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
  // "1 augusti 2024" / "augusti 2024"; the article "den" is allowed first.
  if (words[0] === 'den') words.shift();
  if (words.length === 3 && /^\d{1,2}$/.test(words[0]!) && /^\d{4}$/.test(words[2]!)) {
    const month = MONTHS[words[1]!];
    return month === undefined ? undefined : isoOf(Number(words[2]), month, Number(words[0]));
  }
  if (words.length === 2 && /^\d{4}$/.test(words[1]!)) {
    const month = MONTHS[words[0]!];
    return month === undefined ? undefined : isoOf(Number(words[1]), month, 1);
  }
  return undefined;
}

/** 'YYYY-MM-DD' for a real calendar day within 1900–2200, else undefined. */
function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
