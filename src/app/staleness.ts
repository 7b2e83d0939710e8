/**
 * Whether the generated sheets match the inputs: every sheet the add-in wrote
 * carries a marker with the fingerprint of the inputs it was built from
 * (src/workbook/fingerprint.ts). Pure: works on the grid the adapter read.
 */
import type { WorkbookGrid } from '../workbook/grid';
import { isGeneratedKey, parseMarker } from '../workbook/fingerprint';

/**
 * Whether the generated sheets match the current inputs. 'current' with
 * `unsavedChoices`: computed from these inputs, but with choices made in the
 * pane and not saved to Parametrar (the sheets name them).
 */
export type Staleness =
  | { kind: 'never' } // no generated sheet found
  | { kind: 'current'; generatedAt: string; unsavedChoices?: boolean }
  | { kind: 'stale'; generatedAt: string }
  | { kind: 'unknown' }; // markers unreadable (older Excel) or inputs unreadable

/**
 * 'never' without any generated sheet; 'stale' when any generated sheet was
 * built from other inputs than `currentFingerprint`; else 'current'. The time
 * shown is the latest generation found. Input sheets the add-in created from
 * the template are the analyst's own and do not count (their key starts with 'input').
 */
export function stalenessOf(grid: WorkbookGrid, currentFingerprint: string | null): Staleness {
  const markers = grid.sheets
    .map((sheet) => parseMarker(sheet.marker))
    .filter((m) => m !== undefined && isGeneratedKey(m.key));
  if (markers.length === 0) return { kind: 'never' };
  if (currentFingerprint === null) return { kind: 'unknown' };
  const generatedAt = markers
    .map((m) => m!.generatedAt)
    .sort()
    .at(-1)!;
  const stale = markers.some((m) => m!.fingerprint !== currentFingerprint);
  if (stale) return { kind: 'stale', generatedAt };
  return markers.some((m) => m!.unsavedChoices)
    ? { kind: 'current', generatedAt, unsavedChoices: true }
    : { kind: 'current', generatedAt };
}
