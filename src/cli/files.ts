/**
 * File writing for the command line: whole or not at all. A new file is
 * written beside its target under a temporary name and renamed over it, so a
 * crash or a full disk never leaves a half-written workbook — above all not
 * with --in-place, where the target is the user's input.
 */

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temporary = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, target);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}
