/**
 * What the explain panel shows as reads start, end and fail: the last
 * explanation stays while a read runs, and a run of failures while following
 * is announced once.
 */
import { describe, expect, it } from 'vitest';
import {
  explainViewReducer,
  initialExplainView,
  type ExplainView,
} from '../../../src/faces/taskpane/state/explainView';
import type { FollowerReport } from '../../../src/faces/taskpane/services/explainFollower';

type Report = FollowerReport<string | undefined>;

const run = (reports: Report[], from: ExplainView<string> = initialExplainView<string>()) =>
  reports.reduce(explainViewReducer<string>, from);

const failed = (trigger: 'follow' | 'button', message = 'Excel is busy'): Report => ({
  type: 'failed',
  error: new Error(message),
  trigger,
});

describe('explainViewReducer', () => {
  it('starts idle and not reading', () => {
    expect(initialExplainView()).toEqual({ shown: { kind: 'idle' }, reading: false });
  });

  it('keeps the last explanation on screen while the next read runs', () => {
    const view = run([
      { type: 'started', trigger: 'follow' },
      { type: 'explained', value: 'C8: 563 339 689 kr', trigger: 'follow' },
      { type: 'started', trigger: 'follow' },
    ]);
    expect(view).toEqual({ shown: { kind: 'done', explanation: 'C8: 563 339 689 kr' }, reading: true });
  });

  it('shows "none" for a cell that is no figure of a generated sheet', () => {
    expect(run([{ type: 'explained', value: undefined, trigger: 'follow' }]).shown).toEqual({ kind: 'none' });
  });

  it('ends reading without changing what is shown when the follower stops', () => {
    const before = run([
      { type: 'explained', value: 'x', trigger: 'button' },
      { type: 'started', trigger: 'follow' },
    ]);
    const after = run([{ type: 'stopped' }], before);
    expect(after).toEqual({ shown: before.shown, reading: false });
  });

  it('announces a run of failures while following once: later ones leave the shown error as it is', () => {
    const first = run([failed('follow', 'first')]);
    expect(first.shown).toMatchObject({ kind: 'failed', announcement: 1 });
    const later = run([{ type: 'started', trigger: 'follow' }, failed('follow', 'second'), failed('follow')], first);
    expect(later.shown).toBe(first.shown);
    expect(later.reading).toBe(false);
  });

  it('announces a failure after the button anew, even when one is shown', () => {
    const view = run([failed('follow'), failed('button')]);
    expect(view.shown).toMatchObject({ kind: 'failed', announcement: 2 });
    expect(run([failed('button')], view).shown).toMatchObject({ announcement: 3 });
  });

  it('shows a failure again after a success came between', () => {
    const view = run([failed('follow'), { type: 'explained', value: 'x', trigger: 'follow' }, failed('follow')]);
    expect(view.shown).toMatchObject({ kind: 'failed' });
  });
});
