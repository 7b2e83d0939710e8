import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSETS_DIR, broken } from './realManifest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'validate-manifest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, 'src/tools/validateManifest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('validateManifest (npm run validate:local)', () => {
  it('happy path: exits 0 for the real manifest and says it passes', () => {
    const { code, out } = runCli('manifest.xml');
    expect(code).toBe(0);
    expect(out).toContain('passes every offline check');
  });

  it('given a broken manifest, exits 1 and prints one line per finding with its rule', () => {
    const file = join(scratch, 'manifest.xml');
    writeFileSync(
      file,
      broken('<Version>1.0.0.0</Version>', '<Version>one</Version>').replace('ReadWriteDocument', 'Everything'),
    );
    const { code, out } = runCli(file, '--assets', ASSETS_DIR);
    expect(code).toBe(1);
    expect(out).toContain('[identity] OfficeApp/Version: Version "one" must be n.n.n.n');
  });

  it('given an unknown option, exits 2 with the usage', () => {
    const { code, out } = runCli('--strict');
    expect(code).toBe(2);
    expect(out).toContain('usage:');
  });
});
