/**
 * The request context: a queue of operations that `sync()` executes in order,
 * as Excel does with a batch. Each operation carries a JSON payload (what
 * Office.js would send) so a sync can measure its request size and refuse
 * one over Excel on the web's 5 MB limit before applying anything.
 *
 * Loads take their snapshot when their operation executes, but the values
 * become readable on the proxies only when the whole sync succeeded: a failed
 * batch returns nothing, as in Excel.
 */
import { EmulatedExcelError } from './errors';
import type { BookState } from './state';
import { strict } from './strict';
import { EmulatedWorkbookObject } from './workbookObject';

/** Excel on the web's request payload limit (5 MB). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Returns an optional callback run only after the whole sync succeeded. */
export type Apply = () => void | (() => void);

interface Operation {
  payload: unknown;
  apply: Apply;
}

export interface SyncStats {
  syncs: number;
  /** Serialized request size of each sync, in bytes (UTF-8 of the JSON). */
  bytesPerSync: number[];
  /** Queued operations of each sync. */
  operationsPerSync: number[];
}

export interface SyncHost {
  book: BookState;
  stats: SyncStats;
  /**
   * For an injected failure of this sync: how many of its `opCount`
   * operations apply before it fails (opCount = all applied, then the
   * response is lost). Undefined: the sync runs normally.
   */
  takeFailure(syncNumber: number, opCount: number): number | undefined;
}

const encoder = new TextEncoder();

export class EmulatedContext {
  private queue: Operation[] = [];
  private ids = 0;

  readonly workbook: EmulatedWorkbookObject;
  readonly host: SyncHost;

  constructor(host: SyncHost) {
    this.host = host;
    this.workbook = strict(new EmulatedWorkbookObject(this), 'Workbook');
  }

  get book(): BookState {
    return this.host.book;
  }

  nextId(): number {
    this.ids += 1;
    return this.ids;
  }

  private closed = false;

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  /** Called when the batch's `run` has ended: the proxies may still be read, not used. */
  close(): void {
    this.closed = true;
  }

  enqueue(payload: unknown, apply: Apply): void {
    if (this.closed) {
      // As Office.js: a proxy used after its Excel.run ended (without trackedObjects).
      throw new EmulatedExcelError('InvalidObjectPath', 'RequestContext', 'a proxy was used after its run ended');
    }
    this.queue.push({ payload, apply });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const stats = this.host.stats;
    stats.syncs += 1;
    const bytes = encoder.encode(JSON.stringify(ops.map((o) => o.payload))).length;
    stats.bytesPerSync.push(bytes);
    stats.operationsPerSync.push(ops.length);
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      throw new EmulatedExcelError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync', `${bytes} bytes`);
    }
    const failAfter = this.host.takeFailure(stats.syncs, ops.length);
    const publish: (() => void)[] = [];
    for (let i = 0; i < ops.length; i++) {
      if (failAfter !== undefined && i >= failAfter) break;
      const after = ops[i]!.apply();
      if (after) publish.push(after);
    }
    if (failAfter !== undefined) {
      throw new EmulatedExcelError(
        'GeneralException',
        'RequestContext.sync',
        `injected failure at sync ${stats.syncs} after ${Math.min(failAfter, ops.length)} of ${ops.length} operations`,
      );
    }
    // Excel returns the loaded values only for a batch that completed.
    await Promise.resolve();
    for (const p of publish) p();
  }
}
