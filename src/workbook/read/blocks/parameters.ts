/**
 * The Parametrar sheet: a key–value table (one parameter per row, found by
 * its name in the first column, in any order) and the index rate per year.
 */
import type { AllocationKey, CellRef, DisplayUnit, FieldCells, Parameters } from '../../../engine/model';
import type { CellValue } from '../../grid';
import { matchChoice, MONEY_UNIT_CHOICES } from '../../schema/choices';
import { BLOCKS } from '../../schema/format';
import { normaliseKey } from '../../schema/normalise';
import type { ColumnType, FieldSpec } from '../../schema/types';
import { boundsFor } from '../bounds';
import type { LocatedBlock } from '../locate';
import { missingField, missingNewField, unknownName } from '../messages';
import { asSeen } from '../rowReader';
import { NameRegistry } from '../names';
import { parseMoney } from '../parseMoney';
import { parsePercentage } from '../parsePercentage';
import { fail, ok, type ParseResult } from '../parseResult';
import { cellText, parseChoice } from '../parseText';
import { parseBoolean } from '../parseBoolean';
import { parseInteger, parseYear } from '../parseYear';
import { cellOf, openBlock, type ReadContext } from './context';
import { allocationKeyNamed, unknownAllocationKey } from './costs';

function parserFor(
  type: ColumnType,
  unit: DisplayUnit,
): (value: CellValue, format: string | undefined) => ParseResult<unknown> {
  switch (type.kind) {
    case 'year':
      return parseYear;
    case 'integer':
      return parseInteger;
    case 'money':
      return (v) => parseMoney(v, unit);
    case 'percentage':
      return (v, f) => parsePercentage(v, f, type.scale);
    case 'choice':
      return (v) => parseChoice(v, type.choices);
    case 'boolean':
      return parseBoolean;
    case 'text':
      // Names resolved once the tables they name are read (resolveSharedCosts).
      return (v) => ok(cellText(v));
    default:
      return () => fail('invalidParameter', 'ett värde', 'a value');
  }
}

/** Parameters without indexRates (read separately), or undefined when incomplete. */
export function readParameters(ctx: ReadContext): Omit<Parameters, 'indexRates'> | undefined {
  const rows = openBlock(ctx, 'parameters');
  const block = ctx.located.blocks.parameters;
  if (rows === null || !block) return undefined;
  const fields = BLOCKS.parameters.fields ?? [];
  const seen = new NameRegistry({ sv: 'parametern', en: 'parameter' });
  const values = new Map<string, unknown>();
  const cells: FieldCells = {};
  let broken = false;
  for (const r of rows) {
    const name = r.text('name');
    if (!name) continue;
    const field = fields.find((f) =>
      [f.sv, f.en, ...f.aliases].some((label) => normaliseKey(label) === normaliseKey(name)),
    );
    if (!field) continue; // notes and other rows are the user's own
    if (!seen.add(field.sv, r.at('name'), ctx.problems)) continue;
    const unit = r.unit('value');
    const parse = parserFor(field.type, unit);
    // The same bounds as any table cell (bounds.ts): a negative or absurd cost per FTE is refused at its cell.
    const bounds = boundsFor(field.type);
    const value = r.parseAt(
      block.columns.get('value'),
      { sv: `värdet för ${asSeen(name, field.sv)}`, en: `the value of ${asSeen(name, field.en)}` },
      field.required ? { sv: field.help.sv.toLowerCase(), en: field.help.en.toLowerCase() } : false,
      bounds
        ? (v, f) => {
            const result = parse(v, f);
            return result.ok && typeof result.value === 'number' ? bounds(result.value) : result;
          }
        : parse,
    );
    const valueColumn = block.columns.get('value');
    if (valueColumn !== undefined) cells[field.key] = r.cellAt(valueColumn);
    if (value === undefined) broken = true;
    else if (value !== null) values.set(field.key, value);
  }
  for (const field of fields) {
    if (field.required && !seen.has(field.sv)) {
      // Named in a row below a gap, which is not read: point there, not at the header.
      const below = rowNaming(block, field);
      ctx.problems.push(
        missingField(
          block.spec,
          field,
          below ?? cellOf(block, block.headerRow, block.firstColumn),
          below !== undefined,
        ),
      );
      broken = true;
    }
  }
  // Each missing row reported where it could be added: the rows below the table, one each.
  let next = Math.max(block.headerRow, ...block.dataRows) + 1;
  for (const field of fields) {
    // Only in the add-in's own table, which had every row it knew: that workbook predates the row.
    if (field.addedLater === true && block.via === 'table' && !seen.has(field.sv)) {
      ctx.problems.push(missingNewField(block.spec, field, cellOf(block, next++, block.firstColumn)));
    }
  }
  if (broken) return undefined;
  const sharedCostKey = values.get('sharedCostKey') as string | undefined;
  const sharedCostPayer = values.get('sharedCostPayer') as string | undefined;
  return {
    baseYear: values.get('baseYear') as number,
    horizonYears: values.get('horizonYears') as number,
    defaultIndexRate: values.get('defaultIndexRate') as number,
    discountRate: values.get('discountRate') as number,
    costPerFte: values.get('costPerFte') as number,
    displayUnit: (values.get('displayUnit') as DisplayUnit | undefined) ?? matchChoice(MONEY_UNIT_CHOICES, 'tkr')!,
    // Only when switched off: a workbook that counts options (the default) keeps its fingerprint.
    ...(values.get('countOptions') === false ? { countOptions: false } : {}),
    ...(values.has('directAwardLimit') ? { directAwardLimit: values.get('directAwardLimit') as number } : {}),
    // Still names here; resolveSharedCosts turns them into a key and a payer id.
    ...(sharedCostKey ? { sharedCostKey: { kind: 'percent', keyId: sharedCostKey } } : {}),
    ...(sharedCostPayer ? { sharedCostPayer } : {}),
    cells,
  };
}

/**
 * The shared-cost key and payer named on Parametrar, resolved once the payers
 * and allocation keys are read: the key is one of the allocation words
 * (efter antal, lika delar, viktad) or the name of an allocation key, the
 * payer a name in Betalare. The default key ("efter antal") is left out, so a
 * workbook that keeps it keeps its fingerprint. An unknown name is an error
 * at the value's cell.
 */
export function resolveSharedCosts(
  ctx: ReadContext,
  parameters: Omit<Parameters, 'indexRates'>,
): Omit<Parameters, 'indexRates'> {
  const { sharedCostKey: raw, sharedCostPayer: payerName, ...rest } = parameters;
  const out: Omit<Parameters, 'indexRates'> = rest;
  const cells = parameters.cells ?? {};
  if (raw?.kind === 'percent') {
    const key = sharedKey(ctx, raw.keyId, cells.sharedCostKey);
    if (key !== undefined && key.kind !== 'driver') out.sharedCostKey = key;
  }
  if (payerName !== undefined) {
    const id = ctx.payers.resolve(payerName);
    if (id !== undefined) out.sharedCostPayer = id;
    else if (ctx.payers.complete && cells.sharedCostPayer) {
      ctx.problems.push(
        unknownName(
          'unknownPayer',
          cells.sharedCostPayer,
          payerName,
          ctx.payers.kind,
          { sv: 'tabellen Betalare och antal (Resurser)', en: 'the Payers and counts table (Resources)' },
          'error',
          ctx.payers.hintFor(payerName),
        ),
      );
    }
  }
  return out;
}

function sharedKey(ctx: ReadContext, text: string, at: CellRef | undefined): AllocationKey | undefined {
  const key = allocationKeyNamed(ctx, text);
  if (key === undefined && ctx.keys.complete && at) ctx.problems.push(unknownAllocationKey(ctx, at, text));
  return key;
}

/** The name cell of a row not read (below a gap) that names the field. */
function rowNaming(block: LocatedBlock, field: FieldSpec): CellRef | undefined {
  const col = block.columns.get('name');
  if (col === undefined) return undefined;
  const names = [field.sv, field.en, ...field.aliases].map(normaliseKey);
  const row = block.rowsNotRead.find((r) =>
    names.includes(normaliseKey(cellText(block.sheet.values[r]?.[col] ?? null))),
  );
  return row === undefined ? undefined : cellOf(block, row, col);
}

/** The index rate per year, and the cell of each rate (as `indexRates.<year>`, for Parameters.cells). */
export function readIndexRates(ctx: ReadContext): { rates: Record<number, number>; cells: FieldCells } {
  const rows = openBlock(ctx, 'indexRates') ?? [];
  const years = new NameRegistry({ sv: 'året', en: 'year' });
  const rates: Record<number, number> = {};
  const cells: FieldCells = {};
  for (const r of rows) {
    const year = r.year('year', true);
    const rate = r.percentage('rate', 'rate', true);
    if (year == null || !years.add(String(year), r.at('year'), ctx.problems) || rate == null) continue;
    rates[year] = rate;
    cells[`indexRates.${year}`] = r.at('rate');
  }
  return { rates, cells };
}
