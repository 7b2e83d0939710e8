/**
 * When the explain panel reads the selection: debounced on selection changes,
 * at once on the button, one read at a time, the latest selection winning.
 * Fake timers drive the delay; each read is a promise the test settles.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FOLLOW_DELAY_MS,
  createExplainFollower,
  type FollowerReport,
} from '../../../src/faces/taskpane/services/explainFollower';

/** Reads that answer when the test says so: read n resolves to `cell n` unless rejected. */
function controlledReads() {
  const pending: { id: number; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let started = 0;
  const read = vi.fn(
    () =>
      new Promise<string>((resolve, reject) => {
        const id = ++started;
        pending.push({ id, resolve: () => resolve(`cell ${id}`), reject });
      }),
  );
  return { read, pending, inFlight: () => pending.length };
}

function follower() {
  const reads = controlledReads();
  const reports: FollowerReport<string>[] = [];
  const f = createExplainFollower(reads.read, (r) => reports.push(r));
  /** Settle the oldest read (resolve, or reject with `error`) and let its continuation run. */
  const settle = async (error?: unknown) => {
    const next = reads.pending.shift()!;
    if (error === undefined) next.resolve();
    else next.reject(error);
    await vi.advanceTimersByTimeAsync(0);
  };
  const shown = () => reports.filter((r) => r.type === 'explained').map((r) => r.value);
  return { f, reads, reports, settle, shown };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createExplainFollower', () => {
  it('reads once the selection has been still for the delay, however many changes came before', async () => {
    const { f, reads } = follower();
    for (let i = 0; i < 20; i++) {
      f.selectionChanged();
      await vi.advanceTimersByTimeAsync(30); // dragging: an event every 30 ms
    }
    expect(reads.read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS - 30 - 1);
    expect(reads.read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reads.read).toHaveBeenCalledTimes(1);
  });

  it('reports the read starting and then its explanation, naming what asked for it', async () => {
    const { f, reports, settle } = follower();
    f.selectionChanged();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    expect(reports).toEqual([{ type: 'started', trigger: 'follow' }]);
    await settle();
    expect(reports.at(-1)).toEqual({ type: 'explained', value: 'cell 1', trigger: 'follow' });
  });

  it('keeps one read in flight; changes during it become one read after it, and only that one is shown', async () => {
    const { f, reads, settle, shown } = follower();
    f.selectionChanged();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    for (let i = 0; i < 3; i++) {
      f.selectionChanged();
      await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    }
    expect(reads.inFlight()).toBe(1);
    await settle(); // cell 1: overtaken by the newer selection
    expect(reads.read).toHaveBeenCalledTimes(2);
    await settle();
    expect(shown()).toEqual(['cell 2']);
  });

  it('holds back a result while a newer selection waits out its delay', async () => {
    const { f, settle, shown } = follower();
    f.selectionChanged();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    f.selectionChanged(); // moved on before cell 1 arrived
    await settle();
    expect(shown()).toEqual([]);
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    await settle();
    expect(shown()).toEqual(['cell 2']);
  });

  it('reads at once on the button and drops a selection change still waiting', async () => {
    const { f, reads, reports } = follower();
    f.selectionChanged();
    f.refresh();
    expect(reads.read).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([{ type: 'started', trigger: 'button' }]);
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS * 4);
    expect(reads.read).toHaveBeenCalledTimes(1);
  });

  it('keeps a button press made during a read as a button read, even when the selection moves too', async () => {
    const { f, reports, settle } = follower();
    f.selectionChanged();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    f.refresh();
    f.selectionChanged();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    await settle();
    expect(reports.at(-1)).toEqual({ type: 'started', trigger: 'button' });
  });

  it('reports a failed read with its error and trigger', async () => {
    const { f, reports, settle } = follower();
    f.refresh();
    const error = new Error('Excel is editing a cell');
    await settle(error);
    expect(reports.at(-1)).toEqual({ type: 'failed', error, trigger: 'button' });
  });

  it('forgets a waiting change when following stops, and ends a read whose result it held back', async () => {
    const { f, reads, reports, settle } = follower();
    f.selectionChanged();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    f.selectionChanged();
    await settle(); // held back for the waiting change
    f.cancelPending();
    expect(reports.at(-1)).toEqual({ type: 'stopped' });
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS * 4);
    expect(reads.read).toHaveBeenCalledTimes(1);
  });

  it('reports and reads nothing more once disposed', async () => {
    const { f, reads, reports, settle } = follower();
    f.refresh();
    f.dispose();
    await settle();
    f.selectionChanged();
    f.refresh();
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS * 4);
    expect(reports).toEqual([{ type: 'started', trigger: 'button' }]);
    expect(reads.read).toHaveBeenCalledTimes(1);
  });

  it('whatever the order of events: never two reads at once, and at rest it shows the read started after the last request', async () => {
    type Step =
      { kind: 'change' } | { kind: 'button' } | { kind: 'wait'; ms: number } | { kind: 'settle'; fail: boolean };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constant<Step>({ kind: 'change' }),
      fc.constant<Step>({ kind: 'button' }),
      fc.integer({ min: 1, max: 2 * FOLLOW_DELAY_MS }).map((ms): Step => ({ kind: 'wait', ms })),
      fc.boolean().map((fail): Step => ({ kind: 'settle', fail })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const { f, reads, reports, settle } = follower();
        let clock = 0;
        let lastRequest = -1;
        const startedAt: number[] = [];
        reads.read.mockImplementation(() => {
          startedAt.push(clock);
          const id = startedAt.length;
          return new Promise<string>((resolve, reject) => {
            reads.pending.push({ id, resolve: () => resolve(`cell ${id}`), reject });
          });
        });
        const tick = async (ms: number) => {
          await vi.advanceTimersByTimeAsync(ms);
          clock += ms;
          expect(reads.inFlight()).toBeLessThanOrEqual(1);
        };
        for (const s of steps) {
          if (s.kind === 'change') {
            f.selectionChanged();
            lastRequest = clock;
          } else if (s.kind === 'button') {
            f.refresh();
            lastRequest = clock;
          } else if (s.kind === 'wait') await tick(s.ms);
          else if (reads.inFlight() > 0) await settle(s.fail ? new Error(`read ${reads.pending[0]!.id}`) : undefined);
          expect(reads.inFlight()).toBeLessThanOrEqual(1);
          clock += 1; // every step is a later moment than the one before
        }
        // Rest: the delay passes and every read answers.
        await tick(FOLLOW_DELAY_MS);
        while (reads.inFlight() > 0) await settle();
        if (lastRequest < 0) {
          expect(reports).toEqual([]);
          return;
        }
        // The last report is the outcome of the last read (a failure carries its read's number too).
        const last = reports.at(-1);
        const text =
          last?.type === 'explained' ? last.value : last?.type === 'failed' ? (last.error as Error).message : '';
        const id = Number(/^(?:cell|read) (\d+)$/.exec(text)?.[1]);
        expect(id).toBe(startedAt.length);
        expect(startedAt[id - 1]).toBeGreaterThanOrEqual(lastRequest);
        f.dispose();
      }),
      { numRuns: 200 },
    );
  });
});
