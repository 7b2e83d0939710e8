/**
 * What the explain panel shows, as a reducer over the follower's reports
 * (services/explainFollower.ts). While a read runs the last explanation stays
 * on screen (the region is marked busy) instead of flickering to "reading"
 * on every selection change. A failure while following is shown once: more
 * failures from following leave the shown error untouched, so a screen
 * reader does not hear the alert again for each cell the analyst passes; a
 * failure after pressing the button is always announced anew.
 */
import type { FollowerReport } from '../services/explainFollower';

export type Shown<T> =
  | { kind: 'idle' }
  | { kind: 'none' }
  | { kind: 'done'; explanation: T }
  /** `announcement` changes only when the alert must be spoken again (it keys the alert element). */
  | { kind: 'failed'; error: unknown; announcement: number };

export interface ExplainView<T> {
  shown: Shown<T>;
  reading: boolean;
}

export function initialExplainView<T>(): ExplainView<T> {
  return { shown: { kind: 'idle' }, reading: false };
}

export function explainViewReducer<T>(view: ExplainView<T>, report: FollowerReport<T | undefined>): ExplainView<T> {
  switch (report.type) {
    case 'started':
      return view.reading ? view : { ...view, reading: true };
    case 'stopped':
      return view.reading ? { ...view, reading: false } : view;
    case 'explained':
      return {
        shown: report.value === undefined ? { kind: 'none' } : { kind: 'done', explanation: report.value },
        reading: false,
      };
    case 'failed': {
      const previous = view.shown.kind === 'failed' ? view.shown : null;
      if (previous && report.trigger === 'follow') return { shown: previous, reading: false };
      return {
        shown: { kind: 'failed', error: report.error, announcement: (previous?.announcement ?? 0) + 1 },
        reading: false,
      };
    }
  }
}
