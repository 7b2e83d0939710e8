/**
 * The Resurser sheet: payers with their counts, the usage matrix (payer ×
 * solution), percentage allocation keys and internal staff.
 */
import type { InternalResource, Payer, PercentKey, Usage } from '../../../engine/model';
import type { CellValue } from '../../grid';
import { PHASE_CHOICES, SCHOOL_FORM_CHOICES } from '../../schema/choices';
import { normaliseKey } from '../../schema/normalise';
import { duplicateColumn, quote, unknownName } from '../messages';
import { NameRegistry } from '../names';
import { parseBoolean } from '../parseBoolean';
import { parsePercentage } from '../parsePercentage';
import { fail, ok, type ParseResult } from '../parseResult';
import { allPresent, cellOf, noteRowsNotRead, openBlock, type ReadContext } from './context';
import { resolveName } from './references';

const PAYERS_TABLE = { sv: 'tabellen Betalare (Resurser)', en: 'the Payers table (Resources)' };

export function readPayers(ctx: ReadContext): Payer[] {
  const rows = openBlock(ctx, 'payers');
  if (rows === null) ctx.payers.complete = false;
  noteRowsNotRead(ctx, 'payers', 'name', ctx.payers);
  const payers: Payer[] = [];
  for (const r of rows ?? []) {
    const name = r.text('name', true);
    const organisation = r.text('organisation', true);
    const schoolForm = r.choice('schoolForm', SCHOOL_FORM_CHOICES, true);
    const pupils = r.number('pupils');
    const staff = r.number('staff');
    const guardians = r.number('guardians');
    const units = r.number('units');
    const users = r.number('users');
    const weight = r.number('weight');
    const provenance = r.text('provenance');
    if (!name || !ctx.payers.add(name, r.at('name'), ctx.problems)) continue;
    if (
      !allPresent(organisation, schoolForm) ||
      [pupils, staff, guardians, units, users, weight, provenance].includes(undefined)
    )
      continue;
    const payer: Payer = {
      id: name,
      name,
      organisation: organisation!,
      schoolForm: schoolForm!,
      counts: {
        pupils: pupils ?? 0,
        staff: staff ?? 0,
        guardians: guardians ?? 0,
        units: units ?? 0,
        // Blank: everyone who logs in daily; guardians are counted apart.
        users: users ?? (pupils ?? 0) + (staff ?? 0),
      },
      source: r.at('name'),
      cells: r.cells(['schoolForm', 'pupils', 'staff', 'guardians', 'units', 'users', 'weight']),
    };
    if (weight != null) payer.weight = weight;
    if (provenance) payer.provenance = provenance;
    payers.push(payer);
  }
  return payers;
}

/** A usage cell: ja/nej/x/1/0, or a share like 50 % (0.5, 50). */
export function parseUsage(value: CellValue, format: string | undefined): ParseResult<number> {
  const yesNo = parseBoolean(value);
  if (yesNo.ok) return ok(yesNo.value ? 1 : 0);
  const share = parsePercentage(value, format, 'share');
  return share.ok
    ? share
    : fail('notAPercentage', 'ja, nej eller en andel 0–100 %, t.ex. 50 %', 'yes, no or a share 0–100 %, e.g. 50 %');
}

/** Usage entries with share > 0, ordered as the payers, then as the solutions. */
export function readUsage(ctx: ReadContext, payerOrder: string[], solutionOrder: string[]): Usage[] {
  const block = ctx.located.blocks.usage;
  const rows = openBlock(ctx, 'usage') ?? [];
  if (!block) return [];
  const solutionColumns: { col: number; solutionId: string; header: string }[] = [];
  for (const { col, header } of block.extra) {
    const solutionId = ctx.solutions.resolve(header);
    const first = solutionColumns.find((c) => c.solutionId === solutionId);
    // Two columns for one solution: which holds the use cannot be known; the first is read, the second refused.
    if (solutionId !== undefined && first)
      ctx.problems.push(
        duplicateColumn(
          block.spec,
          header,
          cellOf(block, block.headerRow, first.col),
          cellOf(block, block.headerRow, col),
        ),
      );
    else if (solutionId !== undefined) solutionColumns.push({ col, solutionId, header });
    else if (ctx.solutions.complete) {
      // A warning: an extra column (a comment, a sum) must not block the run.
      ctx.problems.push(
        unknownName(
          'unknownSolution',
          cellOf(block, block.headerRow, col),
          header,
          ctx.solutions.kind,
          { sv: 'tabellen Lösningar; kolumnen läses inte', en: 'the Solutions table; the column is not read' },
          'warning',
        ),
      );
    }
  }
  const seen = new NameRegistry({ sv: 'betalaren', en: 'payer' });
  const usage: Usage[] = [];
  for (const r of rows) {
    const name = r.text('payer', true);
    const shares = solutionColumns.map((c) => ({
      ...c,
      share: r.parseAt(c.col, { sv: `kolumnen ${c.header}`, en: `the column ${c.header}` }, false, parseUsage),
    }));
    if (!name) continue;
    const payerId = resolveName(r, 'payer', name, ctx.payers, 'unknownPayer', PAYERS_TABLE);
    if (payerId === undefined || !seen.add(payerId, r.at('payer'), ctx.problems)) continue;
    for (const s of shares) {
      if (s.share) usage.push({ payerId, solutionId: s.solutionId, share: s.share, source: r.cellAt(s.col) });
    }
  }
  const rank = (order: string[], id: string) => order.indexOf(id);
  return usage.sort(
    (a, b) =>
      rank(payerOrder, a.payerId) - rank(payerOrder, b.payerId) ||
      rank(solutionOrder, a.solutionId) - rank(solutionOrder, b.solutionId),
  );
}

export function readPercentKeys(ctx: ReadContext): PercentKey[] {
  const opened = openBlock(ctx, 'percentKeys');
  if (opened === null && ctx.located.blocks.percentKeys) ctx.keys.complete = false;
  noteRowsNotRead(ctx, 'percentKeys', 'key', ctx.keys);
  const rows = opened ?? [];
  const keys = new Map<string, { key: PercentKey; payers: NameRegistry }>();
  for (const r of rows) {
    const name = r.text('key', true);
    const payerName = r.text('payer', true);
    const share = r.percentage('share', 'share', true);
    if (!name) continue;
    let entry = keys.get(normaliseKey(name));
    if (!entry) {
      ctx.keys.add(name, r.at('key'), ctx.problems);
      entry = {
        key: { id: name, shares: {}, source: r.at('key') },
        payers: new NameRegistry({ sv: `betalaren i nyckeln ${quote(name)}`, en: `payer in the key ${quote(name)}` }),
      };
      keys.set(normaliseKey(name), entry);
    }
    if (!payerName) continue;
    const payerId = resolveName(r, 'payer', payerName, ctx.payers, 'unknownPayer', PAYERS_TABLE);
    if (payerId === undefined || !entry.payers.add(payerId, r.at('payer'), ctx.problems) || share == null) continue;
    entry.key.shares[payerId] = share;
  }
  return [...keys.values()].map((e) => e.key);
}

export function readInternal(ctx: ReadContext, defaultCostPerFte: number): InternalResource[] {
  const rows = openBlock(ctx, 'internal') ?? [];
  const ids = new NameRegistry({ sv: 'resursen', en: 'resource' });
  const resources: InternalResource[] = [];
  for (const r of rows) {
    const explicitId = r.text('id');
    const role = r.text('role', true);
    const phase = r.choice('phase', PHASE_CHOICES, true);
    const fte = r.number('fte', true);
    const costPerFte = r.money('costPerFte');
    const firstYear = r.year('firstYear', true);
    const lastYear = r.year('lastYear', true);
    const altName = r.text('alternative');
    const provenance = r.text('provenance');
    const alternativeId = altName
      ? resolveName(r, 'alternative', altName, ctx.alternatives, 'unknownChoice', {
          sv: 'kolumnen Alternativ på bladet Kontrakt',
          en: 'the Alternative column of the Contracts sheet',
        })
      : null;
    if (!role || explicitId === undefined) continue;
    let id: string;
    if (explicitId) {
      if (!ids.add(explicitId, r.at('id'), ctx.problems)) continue;
      id = explicitId;
    } else id = ids.addNumbered(role, r.at('role'));
    if (
      !allPresent(phase, fte, firstYear, lastYear) ||
      costPerFte === undefined ||
      alternativeId === undefined ||
      altName === undefined ||
      provenance === undefined
    )
      continue;
    const resource: InternalResource = {
      id,
      role,
      phase: phase!,
      fte: fte!,
      costPerFte: costPerFte ?? defaultCostPerFte,
      firstYear: firstYear!,
      lastYear: lastYear!,
      source: r.at(explicitId ? 'id' : 'role'),
      cells: r.cells(['phase', 'fte', 'costPerFte', 'firstYear', 'lastYear', 'alternative']),
    };
    if (alternativeId !== null) resource.alternativeId = alternativeId;
    if (provenance) resource.provenance = provenance;
    resources.push(resource);
  }
  return resources;
}
