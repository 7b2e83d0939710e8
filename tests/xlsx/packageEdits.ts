/**
 * Test helpers that change a package entry by entry, as a damaged or an
 * unusual file would have it: the hostile-file and unusual-file tests build
 * their inputs with these.
 */
import { strFromU8, strToU8, zipSync, type Unzipped } from 'fflate';

/** A new .xlsx: `base`'s entries (copied, never changed in place) after `change`. */
export function zipWith(base: Unzipped, change: (files: Unzipped) => void): Uint8Array {
  const files: Unzipped = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v.slice()]));
  change(files);
  return zipSync(files);
}

/** Rewrites one XML part's text; a change that changes nothing fails the test, so no case passes by missing its target. */
export function editPart(files: Unzipped, part: string, change: (xml: string) => string): void {
  const before = strFromU8(files[part]!);
  const after = change(before);
  if (after === before) throw new Error(`the change does not apply to ${part}`);
  files[part] = strToU8(after);
}
