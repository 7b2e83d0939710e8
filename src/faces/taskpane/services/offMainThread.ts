/**
 * The two ways the pane keeps heavy work off the user's way, shared by the
 * engine run and the simulation: in a Web Worker (cancel terminates it, so
 * the work really stops and no late result arrives), or, where Workers are
 * unavailable, in slices on the main thread, one per macrotask, with cancel
 * taking effect between slices.
 */

/** Thrown (as a rejection) when the signal aborts; the pane treats it as "cancelled", not failure. */
export class GenerationCancelled extends Error {
  constructor() {
    super('Generation cancelled');
    this.name = 'GenerationCancelled';
  }
}

/** What a worker's reply means: progress (handled by the caller), the result, or a failure. */
export type ReplyMeaning<Result> =
  { kind: 'progress' } | { kind: 'done'; result: Result } | { kind: 'error'; message: string };

/**
 * Post `request` to `worker` and settle with its result. The caller creates
 * the worker, because webpack bundles a worker only from a literal
 * `new Worker(new URL('./x.worker.ts', import.meta.url))` at the call site.
 */
export function runInWorker<Reply, Result>(
  worker: Worker,
  request: unknown,
  signal: AbortSignal,
  interpret: (reply: Reply) => ReplyMeaning<Result>,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new GenerationCancelled());
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const meaning = interpret(event.data);
      if (meaning.kind === 'progress') return;
      finish();
      if (meaning.kind === 'done') resolve(meaning.result);
      else reject(new Error(meaning.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'Web Worker failed to start'));
    };
    worker.postMessage(request);
  });
}

/** Run a generator's steps one per macrotask, reporting each step's value, until it returns. */
export async function runInSlices<Progress, Result>(
  steps: Generator<Progress, Result>,
  options: { signal: AbortSignal; stepDelayMs?: number; onProgress: (progress: Progress) => void },
): Promise<Result> {
  for (;;) {
    // Yield to the event loop so clicks (cancel) and repaints get through.
    await new Promise((resolve) => setTimeout(resolve, options.stepDelayMs ?? 0));
    if (options.signal.aborted) throw new GenerationCancelled();
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress(next.value);
  }
}
