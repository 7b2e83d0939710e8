/**
 * `npm run validate:local [manifest.xml] [--base-url https://…] [--assets dir]`:
 * checks the add-in manifest offline (Microsoft's `npm run validate` posts it
 * to a web service, unreachable in CI). Exit code 0 when every rule passes,
 * 1 with one line per finding otherwise, 2 on wrong usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assetLookupFromFolder } from './manifest/assetsOnDisk';
import { BUILT_PAGES, DEV_BASE_URL, validateManifestXml } from './manifest/validate';

interface Options {
  manifest: string;
  baseUrl: string;
  assets: string;
}

function parseArguments(args: readonly string[]): Options | string {
  let manifest: string | undefined;
  let baseUrl = DEV_BASE_URL;
  let assets: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--base-url' || arg === '--assets') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--base-url') baseUrl = value.replace(/\/+$/, '');
      else assets = value;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (manifest === undefined) {
      manifest = arg;
    } else {
      return `unexpected argument ${arg}`;
    }
  }
  const manifestPath = resolve(manifest ?? 'manifest.xml');
  return { manifest: manifestPath, baseUrl, assets: resolve(assets ?? join(dirname(manifestPath), 'assets')) };
}

function main(): number {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(
      `validate:local: ${options}\nusage: validateManifest [manifest.xml] [--base-url https://host/path] [--assets folder]`,
    );
    return 2;
  }
  if (!existsSync(options.manifest)) {
    console.error(`validate:local: no manifest at ${options.manifest}`);
    return 2;
  }
  const findings = validateManifestXml(readFileSync(options.manifest, 'utf8'), {
    baseUrl: options.baseUrl,
    lookupAsset: assetLookupFromFolder(options.assets),
    builtPages: BUILT_PAGES,
  });
  if (findings.length === 0) {
    console.log(`${options.manifest}: the manifest passes every offline check (base URL ${options.baseUrl}).`);
    return 0;
  }
  console.error(`${options.manifest}: ${findings.length} problem(s):`);
  for (const finding of findings) console.error(`  [${finding.rule}] ${finding.path}: ${finding.message}`);
  return 1;
}

process.exitCode = main();
