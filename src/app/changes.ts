/**
 * What changed since the previous generation, for the write use case: the
 * previous generation's summary is read back from the foot of the comparison
 * sheet it wrote (src/workbook/changesStore.ts) and compared with this one's
 * (src/workbook/changes.ts). Whatever the previous sheets hold, this never
 * stops a write: no generated sheet at all is the first generation; a
 * comparison sheet that is gone, unreadable, of an older version or edited
 * makes the previous version "unknown", and the sheets say so and why.
 */
import {
  diffGenerations,
  type GenerationChanges,
  type GenerationSummary,
  type UnknownReason,
} from '../workbook/changes';
import { readStoredSummary } from '../workbook/changesStore';
import { isGeneratedKey, parseMarker } from '../workbook/fingerprint';
import type { WorkbookGrid } from '../workbook/grid';
import { COMPARISON_KEY } from '../workbook/write';
import type { WorkbookHost } from './port';

/**
 * `grid` is the workbook as read for this write (its sheets' names and
 * markers are enough); `next` the summary of what is about to be written.
 */
export async function changesSincePrevious(
  host: WorkbookHost,
  grid: WorkbookGrid,
  next: GenerationSummary,
): Promise<GenerationChanges> {
  const generated = grid.sheets.flatMap((s) => {
    const marker = parseMarker(s.marker);
    return marker !== undefined && isGeneratedKey(marker.key) ? [{ name: s.name, marker }] : [];
  });
  if (generated.length === 0) return { kind: 'first' };
  const comparison = generated.find((s) => s.marker.key === COMPARISON_KEY);
  const unknown = (reason: UnknownReason, previousGeneratedAt?: string): GenerationChanges =>
    previousGeneratedAt === undefined ? { kind: 'unknown', reason } : { kind: 'unknown', reason, previousGeneratedAt };
  if (comparison === undefined) return unknown('noComparison', latest(generated.map((s) => s.marker.generatedAt)));
  const when = comparison.marker.generatedAt;
  let values;
  try {
    values = (await host.readSheets([comparison.name]))[0]?.values;
  } catch {
    // The write that follows reads and writes the same workbook and reports its own failure; this only loses the comparison.
    return unknown('unreadable', when);
  }
  if (values === undefined) return unknown('unreadable', when);
  const stored = readStoredSummary(values);
  switch (stored.status) {
    case 'found':
      return diffGenerations(stored.summary, next);
    case 'missing':
      return unknown('missing', when);
    case 'otherFormat':
      return unknown('otherFormat', when);
    case 'damaged':
      return unknown('damaged', when);
  }
}

/** The latest of ISO timestamps (they sort as text), if any. */
function latest(times: string[]): string | undefined {
  return times
    .filter((t) => t !== '')
    .sort()
    .at(-1);
}
