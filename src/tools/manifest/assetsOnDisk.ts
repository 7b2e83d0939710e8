/**
 * The asset lookup backed by a folder on disk (assets/ in the repository, or
 * dist/assets/ after a build). Node-only; the rules themselves stay pure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { readPngSize } from './png';
import type { AssetLookup } from './types';

export function assetLookupFromFolder(folder: string): (relativePath: string) => AssetLookup {
  const root = resolve(folder);
  return (relativePath) => {
    const file = resolve(join(root, relativePath));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return { kind: 'missing' };
    const size = readPngSize(readFileSync(file));
    return size ? { kind: 'png', size } : { kind: 'notPng' };
  };
}
