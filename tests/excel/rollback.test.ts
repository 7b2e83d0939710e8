/**
 * Safety: a failure in the middle of writing leaves the workbook exactly as
 * it was. Proved by injecting a failure at every sync of a write, at several
 * points inside each sync (Excel may apply part of a failing batch), and at
 * every point of the commit sync. The only other allowed outcome is the
 * complete write: after the first sheet deletion nothing can be undone in
 * Excel, so recovery completes the write instead and reports success.
 */
import { describe, expect, it } from 'vitest';
import { applyWritePlan, type WriteReport } from '../../src/excel';
import type { WritePlan } from '../../src/workbook/plan';
import { analystWorkbook, handPlan, handSheet, samplePlan } from './plans';

const WRITE_ID = 'fixed1';

/** The workbook the user has before writing, and its state after a clean write. */
async function reference(plan: WritePlan, previous?: WritePlan) {
  const clean = analystWorkbook(previous);
  const before = clean.snapshot();
  clean.resetStats();
  await applyWritePlan(clean.run, plan, { writeId: WRITE_ID });
  return { before, after: clean.snapshot(), syncs: clean.stats.syncs, operations: [...clean.stats.operationsPerSync] };
}

type Outcome = { kind: 'rolledBack' } | { kind: 'completed'; report: WriteReport };

async function writeWithFailure(plan: WritePlan, previous: WritePlan | undefined, atSync: number, applied: number) {
  const wb = analystWorkbook(previous);
  wb.resetStats();
  wb.failAtSync({ atSync, applied });
  let outcome: Outcome;
  try {
    outcome = { kind: 'completed', report: await applyWritePlan(wb.run, plan, { writeId: WRITE_ID }) };
  } catch (error) {
    expect((error as Error).name).toBe('ExcelAdapterError');
    outcome = { kind: 'rolledBack' };
  }
  return { outcome, snapshot: wb.snapshot() };
}

/**
 * Snapshots compared as JSON first: a sample workbook holds some 130 000 cells,
 * and a deep toEqual of two equal snapshots takes about a second. Only when the
 * JSON differs does toEqual run, to decide (key order aside) and show the difference.
 */
function expectSameWorkbook(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect(actual, message).toEqual(expected);
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
    const seen = { rolledBack: 0, completed: 0 };
    for (let atSync = 1; atSync <= ref.syncs; atSync++) {
      const total = ref.operations[atSync - 1]!;
      expect(total).toBeGreaterThan(0);
      const points = atSync === ref.syncs ? Array.from({ length: total + 1 }, (_, i) => i) : pointsIn(total);
      for (const applied of points) {
        const { outcome, snapshot } = await writeWithFailure(next, previous, atSync, applied);
        seen[outcome.kind] += 1;
        if (outcome.kind === 'rolledBack')
          expectSameWorkbook(snapshot, ref.before, `sync ${atSync}, ${applied}/${total} applied`);
        else {
          expect(atSync, 'only the commit sync may end in a completed write').toBe(ref.syncs);
          expect(outcome.report.completedAfterFailure).toBe(true);
          expectSameWorkbook(snapshot, ref.after, `sync ${atSync}, ${applied}/${total} applied`);
        }
      }
    }
    // Both outcomes occur: failures before the first delete roll back, after it the write completes.
    expect(seen.rolledBack).toBeGreaterThan(20);
    expect(seen.completed).toBeGreaterThan(0);
  });

  it('rolls back every failure before the commit sync, for the Stockholm sample', async () => {
    const plan = samplePlan();
    const ref = await reference(plan, plan);
    for (let atSync = 1; atSync < ref.syncs; atSync++) {
      const total = ref.operations[atSync - 1]!;
      for (const applied of [0, Math.floor(total / 2), total]) {
        const { outcome, snapshot } = await writeWithFailure(plan, plan, atSync, applied);
        expect(outcome.kind).toBe('rolledBack');
        expectSameWorkbook(snapshot, ref.before);
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
    wb.failAtSync({ atSync: 2, applied: 40 }); // during the build of the new sheets
    wb.failAtSync({ atSync: 3, applied: 0 }); // the recovery's first sync
    await expect(applyWritePlan(wb.run, next, { writeId: WRITE_ID })).rejects.toThrow(
      /Recovery failed too .* Hidden sheets \(~tmp-fixed1-1/,
    );
    expect(wb.sheetNames().some((n) => n.startsWith('~tmp-'))).toBe(true);
    const report = await applyWritePlan(wb.run, next);
    expect(report.removedLeftovers.length).toBeGreaterThan(0);
    expect(wb.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(['Jämförelse', 'Scenario A', 'Scenario B', 'Scenario C']));
  });
});
