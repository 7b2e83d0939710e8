/**
 * When the command line shows progress on stderr: never in a run that ends
 * within `quietMs` (a fast run prints nothing), and then no flood — a new
 * phase ("Skriver arbetsboken …") is always shown, a count within a phase
 * ("Skriver blad 3 av 11 …") at most once per `everyMs` since the last line.
 * Pure: the clock and the output are passed in, so tests drive a fake clock.
 */

export interface ProgressOptions {
  /** Milliseconds from any fixed origin (performance.now in the CLI). */
  now: () => number;
  write: (line: string) => void;
  /** Quiet for this long from the start (default 1,000 ms). */
  quietMs?: number;
  /** Counts at most this often (default 1,000 ms). */
  everyMs?: number;
}

export interface ProgressReporter {
  /** A new phase: rare (a handful per run), so never dropped once the quiet time is over. */
  phase(line: string): void;
  /** A count within a phase: dropped if a line was shown less than `everyMs` ago. */
  count(line: string): void;
}

export const PROGRESS_QUIET_MS = 1000;
export const PROGRESS_EVERY_MS = 1000;

export function progressReporter(options: ProgressOptions): ProgressReporter {
  const quietMs = options.quietMs ?? PROGRESS_QUIET_MS;
  const everyMs = options.everyMs ?? PROGRESS_EVERY_MS;
  const started = options.now();
  let lastShown = -Infinity;
  const show = (line: string, at: number): void => {
    options.write(`${line}\n`);
    lastShown = at;
  };
  return {
    phase(line) {
      const at = options.now();
      if (at - started > quietMs) show(line, at);
    },
    count(line) {
      const at = options.now();
      if (at - started > quietMs && at - lastShown >= everyMs) show(line, at);
    },
  };
}
