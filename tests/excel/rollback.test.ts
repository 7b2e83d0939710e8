/**
 * Safety: a failure in the middle of writing leaves the workbook as it was.
 * Proved by injecting a failure at every sync of a write, at several points
 * inside each sync (Excel may apply part of a failing batch), and at every
 * point of the commit sync. Two other outcomes are allowed:
 * - the complete write: after the first sheet deletion nothing can be undone
 *   in Excel, so recovery completes the write instead and reports success;
 * - interrupted: sheets of ours being rewritten in place (so the analyst's
 *   references to them survive) cannot get their old contents back. Each
 *   such sheet then carries the "being rewritten" marker — it never reads as
 *   current — the error names it, and everything else is exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { applyWritePlan, LEGACY_MARKER_NAME, workbookMarkers, type WriteReport } from '../../src/hosts/officejs';
import { parseMarker, REWRITING_FINGERPRINT } from '../../src/workbook/fingerprint';
import { textFormula } from '../../src/workbook/marker';
import type { EmulatedWorkbook } from '../../src/hosts/emulation';
import type { WritePlan } from '../../src/workbook/plan';
import { analystWorkbook, handPlan, handSheet, markerOf, samplePlan } from './plans';

const WRITE_ID = 'fixed1';

/** The workbook before writing: the analyst's, with the sheets of an earlier write, or one made by `make`. */
type Before = WritePlan | undefined | (() => Promise<EmulatedWorkbook>);

async function workbookBefore(before: Before): Promise<EmulatedWorkbook> {
  return typeof before === 'function' ? before() : analystWorkbook(before);
}

/** The workbook the user has before writing (snapshots include the workbook-scoped names), and its state after a clean write. */
async function reference(plan: WritePlan, previous?: Before) {
  const clean = await workbookBefore(previous);
  const before = clean.snapshot();
  clean.resetStats();
  await applyWritePlan(clean.run, plan, { writeId: WRITE_ID });
  return { before, after: clean.snapshot(), syncs: clean.stats.syncs, operations: [...clean.stats.operationsPerSync] };
}

type Outcome = { kind: 'rolledBack'; message: string } | { kind: 'completed'; report: WriteReport };

async function writeWithFailure(plan: WritePlan, previous: Before, atSync: number, applied: number) {
  const wb = await workbookBefore(previous);
  wb.resetStats();
  wb.failAtSync({ atSync, applied });
  let outcome: Outcome;
  try {
    outcome = { kind: 'completed', report: await applyWritePlan(wb.run, plan, { writeId: WRITE_ID }) };
  } catch (error) {
    expect((error as Error).name).toBe('ExcelAdapterError');
    outcome = { kind: 'rolledBack', message: (error as Error).message };
  }
  return { outcome, snapshot: wb.snapshot() };
}

/**
 * Snapshots compared as JSON first: a sample workbook holds some 130 000 cells,
 * and a deep toEqual of two equal snapshots takes about a second. Only when the
 * JSON differs does toEqual run, to decide (key order aside) and show the difference.
 */
function expectSameWorkbook(actual: unknown, expected: unknown, message?: string): void {
  // The tab order first, for a readable failure (the snapshot's sheets are in tab order, so the JSON compares it too).
  expect(tabs(actual), message).toEqual(tabs(expected));
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect(actual, message).toEqual(expected);
}

interface Snapshot {
  sheets: { id: string; name: string }[];
  names: { name: string; formula: string }[];
}

/** The sheets of the snapshot that carry the "being rewritten" marker. */
function beingRewritten(snapshot: unknown): string[] {
  const { sheets, names } = snapshot as Snapshot;
  const stored = workbookMarkers(
    names,
    sheets.map((s) => s.name),
  );
  return sheets
    .filter((s) => parseMarker(stored.bySheet.get(s.name.toLowerCase())?.text)?.fingerprint === REWRITING_FINGERPRINT)
    .map((s) => s.name);
}

/** The snapshot without the contents and marker names of the given sheets (kept: their ids, names and tab places). */
function withoutSheets(snapshot: unknown, names: string[]): unknown {
  const s = snapshot as Snapshot;
  const gone = new Set(names.map((n) => n.toLowerCase()));
  const stored = workbookMarkers(
    s.names,
    s.sheets.map((x) => x.name),
  );
  const theirNames = new Set(names.flatMap((n) => stored.namesBySheet.get(n.toLowerCase()) ?? []));
  return {
    ...s,
    sheets: s.sheets.map((x) => (gone.has(x.name.toLowerCase()) ? { id: x.id, name: x.name } : x)),
    names: s.names.filter((n) => !theirNames.has(n.name)),
  };
}

/**
 * After a rollback: the workbook as before, except sheets of ours that were
 * being rewritten in place — each marked so, named in the error, existing
 * before under the same id, name and tab — whose contents are not compared.
 */
function expectRolledBack(snapshot: unknown, before: unknown, errorMessage: string, message: string): string[] {
  const interrupted = beingRewritten(snapshot);
  const ours = new Set(beingRewritten(before));
  expect(ours.size, 'the workbook before has no interrupted sheet').toBe(0);
  for (const name of interrupted) expect(errorMessage, message).toContain(`”${name}”`);
  expectSameWorkbook(withoutSheets(snapshot, interrupted), withoutSheets(before, interrupted), message);
  return interrupted;
}

function tabs(snapshot: unknown): string[] {
  return (snapshot as { sheets: { name: string }[] }).sheets.map((s) => s.name);
}

function pointsIn(total: number): number[] {
  const points = new Set([0, 1, 2, Math.floor(total / 3), Math.floor(total / 2), total - 2, total - 1, total]);
  return [...points].filter((p) => p >= 0 && p <= total).sort((a, b) => a - b);
}

describe('applyWritePlan under failure', () => {
  const previous = handPlan([
    handSheet('Scenario A', 'scenario:a'),
    handSheet('Scenario B', 'scenario:b'),
    handSheet('Jämförelse', 'comparison'),
  ]);
  const next = handPlan(
    [
      handSheet('Jämförelse', 'comparison', 6),
      handSheet('Scenario A', 'scenario:a', 7),
      handSheet('Scenario C', 'scenario:c', 2),
    ],
    'Jämförelse',
  );

  it('leaves the workbook as before, or completely written, whatever sync fails at whatever point', async () => {
    const ref = await reference(next, previous);
    expect(ref.syncs).toBe(3);
    // The commit moves sheets: the new ones take the replaced ones' tabs, Scenario C goes after the last of ours.
    expect(tabs(ref.before).slice(-4)).toEqual(['Mina anteckningar', 'Scenario A', 'Scenario B', 'Jämförelse']);
    expect(tabs(ref.after).slice(-5)).toEqual([
      'Mina anteckningar',
      'Scenario A',
      'Scenario B',
      'Jämförelse',
      'Scenario C',
    ]);
    const seen = { rolledBack: 0, completed: 0, interrupted: 0 };
    for (let atSync = 1; atSync <= ref.syncs; atSync++) {
      const total = ref.operations[atSync - 1]!;
      expect(total).toBeGreaterThan(0);
      const points = atSync === ref.syncs ? Array.from({ length: total + 1 }, (_, i) => i) : pointsIn(total);
      for (const applied of points) {
        const { outcome, snapshot } = await writeWithFailure(next, previous, atSync, applied);
        seen[outcome.kind] += 1;
        if (outcome.kind === 'rolledBack') {
          const where = `sync ${atSync}, ${applied}/${total} applied`;
          const interrupted = expectRolledBack(snapshot, ref.before, outcome.message, where);
          if (interrupted.length > 0) seen.interrupted += 1;
          // Only the sheets this write rewrites in place can be left so: Scenario A and Jämförelse, never B.
          for (const name of interrupted) expect(['Scenario A', 'Jämförelse'], where).toContain(name);
        } else {
          expect(atSync, 'only the commit sync may end in a completed write').toBe(ref.syncs);
          expect(outcome.report.completedAfterFailure).toBe(true);
          expectSameWorkbook(snapshot, ref.after, `sync ${atSync}, ${applied}/${total} applied`);
        }
      }
    }
    // Failures roll back; once the rewriting in place began, with those sheets marked as interrupted. This
    // write deletes nothing (its replaced sheets are rewritten in place, Scenario B stays), so it has no point
    // of no return and never completes after a failure; the names test below has one.
    expect(seen.rolledBack).toBeGreaterThan(20);
    expect(seen.interrupted).toBeGreaterThan(0);
    expect(seen.rolledBack - seen.interrupted).toBeGreaterThan(0);
    expect(seen.completed).toBe(0);
  });

  /** The analyst's workbook with the tabs rearranged: the comparison first, a sheet of their own among ours. */
  async function rearranged(): Promise<EmulatedWorkbook> {
    const wb = analystWorkbook(previous);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Jämförelse').position = 0;
      ctx.workbook.worksheets.getItem('Mina anteckningar').position = 7;
      await ctx.sync();
    });
    return wb;
  }

  it('keeps the analyst’s tab order through a write, and restores it on a rollback, whatever fails where', async () => {
    const ref = await reference(next, rearranged);
    expect(tabs(ref.before)).toEqual([
      'Jämförelse',
      'Kostnader',
      'Kontrakt',
      'Resurser',
      'Parametrar',
      'Beslutsgång',
      'Scenario A',
      'Mina anteckningar',
      'Scenario B',
    ]);
    expect(tabs(ref.after)).toEqual([...tabs(ref.before), 'Scenario C']);
    for (let atSync = 1; atSync <= ref.syncs; atSync++) {
      const total = ref.operations[atSync - 1]!;
      const points = atSync === ref.syncs ? Array.from({ length: total + 1 }, (_, i) => i) : pointsIn(total);
      for (const applied of points) {
        const { outcome, snapshot } = await writeWithFailure(next, rearranged, atSync, applied);
        const where = `sync ${atSync}, ${applied}/${total} applied`;
        if (outcome.kind === 'rolledBack') expectRolledBack(snapshot, ref.before, outcome.message, where);
        else expectSameWorkbook(snapshot, ref.after, where);
      }
    }
  });

  /**
   * Every kind of name the commit adds or deletes: a sheet of ours with the
   * workbook-scoped marker (replaced: its name goes), one with the previous
   * version's sheet-scoped marker (replaced), one with that marker the write
   * keeps (it gets the workbook-scoped marker added), and the orphan marker of
   * a generated sheet the user deleted (deleted).
   */
  async function markedEveryWay(): Promise<EmulatedWorkbook> {
    const wb = analystWorkbook(handPlan([handSheet('Scenario A', 'scenario:a'), handSheet('Borttaget', 'scenario:x')]));
    wb.loadPlannedSheets([handSheet('Scenario B', 'scenario:b'), handSheet('Gammalt', 'scenario:old')]);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Borttaget').delete();
      for (const [sheet, key] of [
        ['Scenario B', 'scenario:b'],
        ['Gammalt', 'scenario:old'],
      ]) {
        ctx.workbook.worksheets.getItem(sheet!).names.add(LEGACY_MARKER_NAME, textFormula(markerOf(key!)));
      }
      await ctx.sync();
    });
    return wb;
  }

  it.each([
    ['replacing sheets', ['Scenario A', 'Scenario B'], ['gammalt', 'scenario a', 'scenario b']],
    [
      'replacing none (only names deleted after the point of no return)',
      ['Scenario C'],
      ['gammalt', 'scenario a', 'scenario b', 'scenario c'],
    ],
  ])(
    'leaves the names as they were, or as a clean write leaves them, whatever fails where: %s',
    async (_what, sheets, marked) => {
      const plan = handPlan(sheets.map((name) => handSheet(name, `scenario:${name.slice(-1).toLowerCase()}`, 3)));
      const ref = await reference(plan, markedEveryWay);
      const after = ref.after as { names: { name: string; formula: string }[]; sheets: { name: string }[] };
      const stored = workbookMarkers(
        after.names,
        after.sheets.map((s) => s.name),
      );
      expect(stored.orphans).toEqual([]);
      expect([...stored.bySheet.keys()].sort()).toEqual(marked);
      const seen = { rolledBack: 0, completed: 0 };
      for (let atSync = 1; atSync <= ref.syncs; atSync++) {
        const total = ref.operations[atSync - 1]!;
        const points = atSync === ref.syncs ? Array.from({ length: total + 1 }, (_, i) => i) : pointsIn(total);
        for (const applied of points) {
          const { outcome, snapshot } = await writeWithFailure(plan, markedEveryWay, atSync, applied);
          seen[outcome.kind] += 1;
          const where = `sync ${atSync}, ${applied}/${total} applied`;
          if (outcome.kind === 'rolledBack') expectRolledBack(snapshot, ref.before, outcome.message, where);
          else expectSameWorkbook(snapshot, ref.after, where);
        }
      }
      expect(seen.rolledBack).toBeGreaterThan(10);
      expect(seen.completed).toBeGreaterThan(0);
    },
  );

  it('rolls back every failure before the commit sync, for the Stockholm sample (regenerated sheets marked as interrupted)', async () => {
    const plan = samplePlan();
    const ref = await reference(plan, plan);
    for (let atSync = 1; atSync < ref.syncs; atSync++) {
      const total = ref.operations[atSync - 1]!;
      for (const applied of [0, Math.floor(total / 2), total]) {
        const { outcome, snapshot } = await writeWithFailure(plan, plan, atSync, applied);
        if (outcome.kind !== 'rolledBack') throw new Error(`sync ${atSync}: expected a rollback`);
        expectRolledBack(snapshot, ref.before, outcome.message, `sync ${atSync}, ${applied}/${total}`);
      }
    }
  });

  it('also rolls back a first write (no earlier sheets to delete) failing in the commit', async () => {
    const ref = await reference(next);
    const total = ref.operations[ref.syncs - 1]!;
    expect(total).toBeGreaterThan(10);
    for (let applied = 0; applied <= total; applied++) {
      const { outcome, snapshot } = await writeWithFailure(next, undefined, ref.syncs, applied);
      expect(outcome.kind).toBe('rolledBack');
      expectSameWorkbook(snapshot, ref.before);
    }
  });

  it('says what is left when the rollback fails too, and the next write cleans it up', async () => {
    const wb = analystWorkbook(previous);
    wb.resetStats();
    wb.failAtSync({ atSync: 2, applied: 100 }); // during the build, after the new sheet was added
    wb.failAtSync({ atSync: 3, applied: 0 }); // the recovery's first sync
    await expect(applyWritePlan(wb.run, next, { writeId: WRITE_ID })).rejects.toThrow(
      /Recovery failed too .* Hidden sheets \(.*~tmp-fixed1-3/,
    );
    expect(wb.sheetNames(), 'the new sheet left hidden').toContain('~tmp-fixed1-3');
    const report = await applyWritePlan(wb.run, next);
    expect(report.removedLeftovers.length).toBeGreaterThan(0);
    expect(wb.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(['Jämförelse', 'Scenario A', 'Scenario B', 'Scenario C']));
  });
});
