/**
 * The add-in's version for the generation stamp, read from package.json at
 * run time: the command line runs from the repository, prebuilt in build/cli/
 * (two folders below package.json, as src/cli/ is) or as TypeScript in tests.
 */

import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
