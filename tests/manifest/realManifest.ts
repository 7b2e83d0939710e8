/**
 * Test helpers: the real manifest.xml and assets/, and ways to make a broken
 * copy of it in memory. A mutation whose target text is not in the manifest
 * throws, so a test can never pass by mutating nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetLookupFromFolder } from '../../src/tools/manifest/assetsOnDisk';
import type { ManifestFinding, RuleId } from '../../src/tools/manifest/types';
import {
  BUILT_PAGES,
  DEV_BASE_URL,
  validateManifestXml,
  type ValidationEnvironment,
} from '../../src/tools/manifest/validate';
import { parseManifestXml, type XmlElement } from '../../src/tools/manifest/xml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MANIFEST_XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
export const ASSETS_DIR = join(ROOT, 'assets');

export function environment(overrides: Partial<ValidationEnvironment> = {}): ValidationEnvironment {
  return {
    baseUrl: DEV_BASE_URL,
    lookupAsset: assetLookupFromFolder(ASSETS_DIR),
    builtPages: BUILT_PAGES,
    ...overrides,
  };
}

/** The real manifest with the first occurrence of `from` replaced by `to`. */
export function broken(from: string | RegExp, to: string, xml = MANIFEST_XML): string {
  const found = typeof from === 'string' ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`mutation target not in manifest: ${String(from)}`);
  return xml.replace(from, to);
}

export function findings(xml: string, overrides: Partial<ValidationEnvironment> = {}): ManifestFinding[] {
  return validateManifestXml(xml, environment(overrides));
}

export function rulesOf(list: readonly ManifestFinding[]): RuleId[] {
  return [...new Set(list.map((finding) => finding.rule))];
}

/** A fresh parsed tree of the real manifest, for mutations the text form makes awkward. */
export function manifestTree(): XmlElement {
  const parsed = parseManifestXml(MANIFEST_XML);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.root;
}
