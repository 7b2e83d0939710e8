/**
 * What changed since the previous generation ("Ändringar sedan förra
 * versionen"), as plain data: a generation's summary and the difference of
 * two summaries. Pure: no host, no clock, no labels.
 *
 * A summary is small on purpose, so it can be stored in plain cells of the
 * comparison sheet (src/workbook/changesStore.ts) and read back by the next
 * generation without the add-in remembering anything: the fingerprint and
 * time of the generation, every alternative's total and NPV in öre (integers,
 * so the difference next − previous is exact), and one digest per input row
 * of the cost model — with one digest per field of the row, so a changed row
 * also says which of its columns changed ("Kostnader, rad L07: ändrad
 * (Belopp)").
 *
 * Rows are taken from the model the figures were computed from, not from the
 * grid: a value typed again in another unit (100 tkr for 100 000 kr) or a
 * moved table is no change, exactly as for the input fingerprint. Field keys
 * are the input format's column keys (src/workbook/schema/format.ts), so a
 * field's name on the sheet comes from the same place as its header; a model
 * field without a column keeps its own name (a test says which have none).
 * Row ids are the names the analyst typed (names are ids in the format).
 */
import type { CostModel, EngineOutput, Ore } from '../engine/model';
import { canonicalJson, fnv1a64 } from './fingerprint';
import type { BlockKey } from './schema/types';

/** The input tables rows are taken from, in the order they are listed (the sheets' order, then the tables'). */
export const ROW_TABLES = [
  'solutions',
  'costLines',
  'agreements',
  'contracts',
  'payers',
  'usage',
  'percentKeys',
  'internal',
  'parameters',
  'indexRates',
] as const satisfies readonly BlockKey[];
export type RowTable = (typeof ROW_TABLES)[number];

export interface InputRowDigest {
  table: RowTable;
  /** The row's id: its name, "alternative / contract" for a contract, the parameter's key, the index year. */
  id: string;
  /** Digest of every field of the row (8 hex digits). */
  digest: string;
  /** Field key → digest of its value (8 hex digits); a blank field is absent. */
  fields: Record<string, string>;
}

export interface AlternativeTotal {
  id: string;
  name: string;
  /** Over the horizon, öre. */
  total: Ore;
  npv: Ore;
}

export interface GenerationSummary {
  /** The input fingerprint the figures were computed from (the markers'). */
  fingerprint: string;
  /** ISO timestamp of the generation. */
  generatedAt: string;
  alternatives: AlternativeTotal[];
  rows: InputRowDigest[];
}

export interface Figures {
  total: Ore;
  npv: Ore;
}

export interface AlternativeChange {
  id: string;
  /** The name now, or the previous name of an alternative removed since. */
  name: string;
  /** Null: the alternative is new. */
  previous: Figures | null;
  /** Null: the alternative was removed. */
  next: Figures | null;
  /** next − previous, exactly (öre); null when either is. */
  difference: Figures | null;
}

export type RowChangeKind = 'added' | 'removed' | 'changed';

export interface RowChange {
  table: RowTable;
  id: string;
  kind: RowChangeKind;
  /** For a changed row: the field keys whose value changed, appeared or went blank; otherwise empty. */
  fields: string[];
}

/** Why the previous generation cannot be compared with. */
export type UnknownReason =
  /** Generated sheets exist but no comparison sheet of ours. */
  | 'noComparison'
  /** The comparison sheet has no stored summary (written by an earlier version of the add-in). */
  | 'missing'
  /** The stored summary is there but does not read (edited by hand, cut short). */
  | 'damaged'
  /** The stored summary is of another format version. */
  | 'otherFormat'
  /** The comparison sheet could not be read. */
  | 'unreadable';

export type GenerationChanges =
  /** No generated sheets yet: nothing to compare with. */
  | { kind: 'first' }
  /** There was an earlier generation, but what it showed is not known. */
  | { kind: 'unknown'; reason: UnknownReason; previousGeneratedAt?: string }
  | {
      kind: 'compared';
      previous: { fingerprint: string; generatedAt: string };
      alternatives: AlternativeChange[];
      rows: RowChange[];
    };

export type ComparedChanges = Extract<GenerationChanges, { kind: 'compared' }>;

/** Eight hex digits of a value's canonical JSON: enough to tell a changed value, short enough for a cell. */
export const valueDigest = (value: unknown): string => fnv1a64(canonicalJson(value)).slice(-8);

/** The summary of one generation: `model` as computed (choices applied), `output` the engine's result of it. */
export function generationSummary(
  model: CostModel,
  output: EngineOutput,
  stamp: { fingerprint: string; generatedAt: string },
): GenerationSummary {
  return {
    fingerprint: stamp.fingerprint,
    generatedAt: stamp.generatedAt,
    alternatives: output.scenarios.map((s) => ({ id: s.alternativeId, name: s.name, total: s.total, npv: s.npv })),
    rows: inputRows(model).map(digestRow),
  };
}

/** A row before digesting: its fields by column key, undefined = blank. */
export interface InputRow {
  table: RowTable;
  id: string;
  fields: Record<string, unknown>;
}

function digestRow(row: InputRow): InputRowDigest {
  const fields: Record<string, string> = {};
  const present: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row.fields)) {
    if (value === undefined) continue;
    fields[key] = valueDigest(value);
    present[key] = value;
  }
  return { table: row.table, id: row.id, digest: valueDigest(present), fields };
}

/** Fields the rows never carry: the id (it is the row), where it was read (not an input). */
const NOT_FIELDS = new Set(['id', 'source', 'cells']);

/**
 * A model item's fields by column key: every own field except the id and
 * where it was read, renamed where the model's name differs from the
 * column's; `name` too when it only repeats the id (names are ids).
 */
function fieldsOf(item: object, rename: Record<string, string> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = item as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (NOT_FIELDS.has(key)) continue;
    if (key === 'name' && value === record['id']) continue;
    out[rename[key] ?? key] = value;
  }
  return out;
}

/** Every input row of the model, table by table in ROW_TABLES order, each table in the model's order. */
export function inputRows(model: CostModel): InputRow[] {
  const rows: InputRow[] = [];
  const add = (table: RowTable, id: string, fields: Record<string, unknown>): void => {
    rows.push({ table, id, fields });
  };
  for (const s of model.solutions) add('solutions', s.id, fieldsOf(s));
  for (const line of model.costLines) {
    const { basis, range, ...rest } = line;
    const fields = fieldsOf(rest, { solutionId: 'solution' });
    // The Prismodell column holds the kind and driver; Trappa the mode, and the bands from Prisstegar.
    fields['basis'] = basis.kind === 'fixed' ? { kind: 'fixed' } : { kind: basis.kind, driver: basis.driver };
    if (basis.kind === 'tiered') fields['tiers'] = { mode: basis.mode, bands: basis.bands };
    if (range) {
      fields['min'] = range.min;
      fields['max'] = range.max;
    }
    add('costLines', line.id, fields);
  }
  for (const a of model.currentAgreements)
    add('agreements', a.id, fieldsOf(a, { solutionIds: 'solutions', monthlyRunOnCost: 'runOn' }));
  for (const alternative of model.alternatives)
    for (const contract of alternative.contracts)
      add('contracts', contractRowId(alternative.id, contract.id), fieldsOf(contract, { solutionIds: 'solutions' }));
  for (const p of model.payers) {
    const { counts, ...rest } = p;
    add('payers', p.id, { ...fieldsOf(rest), ...counts });
  }
  // The usage matrix: one row per payer, one field per solution (the matrix's columns).
  const usage = new Map<string, Record<string, unknown>>();
  for (const u of model.usage) {
    const row = usage.get(u.payerId) ?? {};
    row[u.solutionId] = u.share;
    usage.set(u.payerId, row);
  }
  for (const [payerId, shares] of usage) add('usage', payerId, shares);
  for (const k of model.percentKeys) add('percentKeys', k.id, { ...k.shares });
  for (const r of model.internalResources) add('internal', r.id, fieldsOf(r, { alternativeId: 'alternative' }));
  // Parametrar: one row per parameter, by its key; the index rates of Index per year, by the year.
  for (const [key, value] of Object.entries(model.parameters))
    if (key !== 'indexRates' && key !== 'cells' && value !== undefined) add('parameters', key, { value });
  const rates = model.parameters.indexRates;
  for (const year of Object.keys(rates).sort()) add('indexRates', year, { rate: rates[Number(year)] });
  return rows;
}

/** A contract's row: contract names are unique within their alternative only. */
export const contractRowId = (alternativeId: string, contractId: string): string => `${alternativeId} / ${contractId}`;

/**
 * What changed from `previous` to `next`: every alternative of either with
 * both totals and their difference (next's order, then the removed ones),
 * and every input row added, removed or changed (tables in ROW_TABLES
 * order; within a table, next's order, then the removed rows).
 */
export function diffGenerations(previous: GenerationSummary, next: GenerationSummary): ComparedChanges {
  const before = new Map(previous.alternatives.map((a) => [a.id, a]));
  const now = new Set(next.alternatives.map((a) => a.id));
  const figures = (a: AlternativeTotal): Figures => ({ total: a.total, npv: a.npv });
  const alternatives: AlternativeChange[] = [
    ...next.alternatives.map((a) => {
      const old = before.get(a.id);
      return {
        id: a.id,
        name: a.name,
        previous: old ? figures(old) : null,
        next: figures(a),
        difference: old ? { total: a.total - old.total, npv: a.npv - old.npv } : null,
      };
    }),
    ...previous.alternatives
      .filter((a) => !now.has(a.id))
      .map((a) => ({ id: a.id, name: a.name, previous: figures(a), next: null, difference: null })),
  ];

  const rows: RowChange[] = [];
  for (const table of ROW_TABLES) {
    const old = new Map(previous.rows.filter((r) => r.table === table).map((r) => [r.id, r]));
    const current = next.rows.filter((r) => r.table === table);
    const ids = new Set(current.map((r) => r.id));
    for (const row of current) {
      const was = old.get(row.id);
      if (!was) rows.push({ table, id: row.id, kind: 'added', fields: [] });
      else if (was.digest !== row.digest)
        rows.push({ table, id: row.id, kind: 'changed', fields: changedFields(was, row) });
    }
    for (const [id] of old) if (!ids.has(id)) rows.push({ table, id, kind: 'removed', fields: [] });
  }
  return {
    kind: 'compared',
    previous: { fingerprint: previous.fingerprint, generatedAt: previous.generatedAt },
    alternatives,
    rows,
  };
}

/** Fields whose digest differs, that appeared, or that went blank: next's order, then the ones gone. */
function changedFields(previous: InputRowDigest, next: InputRowDigest): string[] {
  const out = Object.keys(next.fields).filter((k) => previous.fields[k] !== next.fields[k]);
  for (const k of Object.keys(previous.fields)) if (!(k in next.fields)) out.push(k);
  return out;
}
