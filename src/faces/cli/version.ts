/**
 * The add-in's version for the generation stamp, read from package.json at
 * run time: the command line runs from the repository, prebuilt in build/cli/
 * or as TypeScript from src/faces/cli/ in tests, so the file is looked for in
 * the folders above this module, nearest first.
 */

import { existsSync, readFileSync } from 'node:fs';

export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    const url = new URL(up, import.meta.url);
    if (!existsSync(url)) continue;
    const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version?: string; name?: string };
    if (pkg.name === 'skolkostnad-excel-addin') return pkg.version ?? '0.0.0';
  }
  throw new Error(`package.json of the add-in not found above ${import.meta.url}`);
}
