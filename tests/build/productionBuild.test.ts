/**
 * Runs the real production build once (webpack, into a temporary folder, with
 * a production base URL) and checks what an administrator would deploy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetLookupFromFolder } from '../../src/tools/manifest/assetsOnDisk';
import { readPngSize } from '../../src/tools/manifest/png';
import { BUILT_PAGES, validateManifestXml } from '../../src/tools/manifest/validate';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEBPACK = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const BASE_URL = 'https://addins.example.se/skolkostnad';

function webpack(outputPath: string, baseUrl: string) {
  const result = spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', outputPath], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_BASE_URL: baseUrl },
    timeout: 280_000, // a cold build on 2 busy cores can take a few minutes
  });
  return { code: result.status, log: `${result.stdout}\n${result.stderr}` };
}

const scratch = mkdtempSync(join(tmpdir(), 'skolkostnad-build-'));
const dist = join(scratch, 'dist');
let build: { code: number | null; log: string };

beforeAll(() => {
  build = webpack(dist, `${BASE_URL}/`);
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('production build', () => {
  it('succeeds', () => {
    expect(build.code, build.log.slice(-3000)).toBe(0);
  });

  it('writes every page the manifest may point at', () => {
    for (const page of BUILT_PAGES) expect(existsSync(join(dist, page)), page).toBe(true);
  });

  it('writes taskpane.html that loads only scripts the build emitted', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const ownScripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)]
      .map((match) => match[1]!)
      .filter((src) => !src.startsWith('https://'));
    expect(ownScripts.length).toBeGreaterThan(0);
    for (const src of ownScripts) expect(existsSync(join(dist, src)), src).toBe(true);
  });

  it('rewrites every manifest URL to ADDIN_BASE_URL (trailing slash dropped) and the AppDomain to its origin', () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('https://localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE_URL}/taskpane.html" />`);
    expect(manifest).toContain('<AppDomain>https://addins.example.se</AppDomain>');
  });

  it('produces a manifest that passes the offline check against the built assets', () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    const findings = validateManifestXml(manifest, {
      baseUrl: BASE_URL,
      lookupAsset: assetLookupFromFolder(join(dist, 'assets')),
      builtPages: BUILT_PAGES,
    });
    expect(findings).toEqual([]);
  });

  it('copies the icons at their pixel sizes', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(readPngSize(readFileSync(join(dist, 'assets', `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('emits no eval-based code (the task pane CSP forbids eval) and does not bundle office.js', () => {
    const scripts = readdirSync(dist).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(["'`]/);
      expect(code, file).not.toContain('OSF.DDA'); // office.js's internals: it must come from Microsoft's CDN
    }
  });
});

describe('production build with a base URL that is not https', () => {
  it('fails and says why', () => {
    const result = webpack(join(scratch, 'refused'), 'http://addins.example.se');
    expect(result.code).not.toBe(0);
    expect(result.log).toContain('must use https');
  });
});
