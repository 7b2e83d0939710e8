/**
 * When the pane reads the selected cell to explain it: on a selection change
 * once the selection has been still for a moment (dragging across twenty
 * cells fires twenty events and should cost one read), or at once on the
 * button. At most one read is in flight; requests arriving meanwhile collapse
 * into one read after it, and the result of a read overtaken by a newer
 * request is dropped, so the latest selection wins. Knows nothing of Excel or
 * React: it takes the read and reports what happened.
 */

/** What asked for a read: Excel's selection moving ('follow') or the analyst pressing the button. */
export type ExplainTrigger = 'follow' | 'button';

export type FollowerReport<T> =
  | { type: 'started'; trigger: ExplainTrigger }
  | { type: 'explained'; value: T; trigger: ExplainTrigger }
  | { type: 'failed'; error: unknown; trigger: ExplainTrigger }
  /** A read was started and no result will be shown (following stopped while a newer one waited). */
  | { type: 'stopped' };

export interface ExplainFollower {
  /** Excel's selection changed: read once it has not changed again for the delay. */
  selectionChanged(): void;
  /** The button: read now, or right after the read in flight. */
  refresh(): void;
  /** Following switched off: forget a selection change not yet read. */
  cancelPending(): void;
  /** The panel closed: no timer left, and reads still in flight report nothing. */
  dispose(): void;
}

/**
 * 250 ms: longer than the gap between selection events while dragging or
 * holding an arrow key (Windows repeats keys every ~33 ms), short enough to
 * feel immediate after a click.
 */
export const FOLLOW_DELAY_MS = 250;

export function createExplainFollower<T>(
  read: () => Promise<T>,
  report: (report: FollowerReport<T>) => void,
  delayMs: number = FOLLOW_DELAY_MS,
): ExplainFollower {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  /** A request that arrived during the read in flight; a button press outranks a selection change. */
  let queued: ExplainTrigger | null = null;
  /** Whether 'started' was reported and no result or 'stopped' has followed yet. */
  let reading = false;
  let disposed = false;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const request = (trigger: ExplainTrigger) => {
    if (disposed) return;
    if (inFlight) {
      queued = queued === 'button' ? 'button' : trigger;
      return;
    }
    start(trigger);
  };

  const start = (trigger: ExplainTrigger) => {
    inFlight = true;
    reading = true;
    report({ type: 'started', trigger });
    read().then(
      (value) => settle({ type: 'explained', value, trigger }),
      (error: unknown) => settle({ type: 'failed', error, trigger }),
    );
  };

  const settle = (outcome: Extract<FollowerReport<T>, { type: 'explained' | 'failed' }>) => {
    inFlight = false;
    if (disposed) return;
    if (queued) {
      // A newer request came in while this read ran: its cell is the one to show.
      const next = queued;
      queued = null;
      start(next);
      return;
    }
    // The selection moved on and its read is due when the timer fires: this result is already stale.
    if (timer !== undefined) return;
    reading = false;
    report(outcome);
  };

  return {
    selectionChanged() {
      if (disposed) return;
      clearTimer();
      timer = setTimeout(() => {
        timer = undefined;
        request('follow');
      }, delayMs);
    },
    refresh() {
      clearTimer();
      request('button');
    },
    cancelPending() {
      const waiting = timer !== undefined;
      clearTimer();
      if (queued === 'follow') queued = null;
      // A stale result was held back for the read this timer would have started: end the reading state.
      if (waiting && reading && !inFlight && !disposed) {
        reading = false;
        report({ type: 'stopped' });
      }
    },
    dispose() {
      disposed = true;
      clearTimer();
      queued = null;
    },
  };
}
