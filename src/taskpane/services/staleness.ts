/**
 * Whether the generated sheets match the inputs: every sheet the add-in wrote
 * carries a marker with the fingerprint of the inputs it was built from
 * (src/workbook/fingerprint.ts). Pure: works on the grid the adapter read.
 */
import type { WorkbookGrid } from '../../workbook/grid';
import { parseMarker } from '../../workbook/fingerprint';
import type { Staleness } from './session';

/**
 * 'never' without any generated sheet; 'stale' when any generated sheet was
 * built from other inputs than `currentFingerprint`; else 'current'. The time
 * shown is the latest generation found. Input sheets the add-in created from
 * the template are the analyst's own and do not count (their key starts with 'input').
 */
export function stalenessOf(grid: WorkbookGrid, currentFingerprint: string | null): Staleness {
  const markers = grid.sheets
    .map((sheet) => parseMarker(sheet.marker))
    .filter((m) => m !== undefined && !m.key.startsWith('input'));
  if (markers.length === 0) return { kind: 'never' };
  if (currentFingerprint === null) return { kind: 'unknown' };
  const generatedAt = markers
    .map((m) => m!.generatedAt)
    .sort()
    .at(-1)!;
  const stale = markers.some((m) => m!.fingerprint !== currentFingerprint);
  return stale ? { kind: 'stale', generatedAt } : { kind: 'current', generatedAt };
}
