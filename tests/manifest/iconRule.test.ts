import { describe, expect, it } from 'vitest';
import { assetPathFromUrl } from '../../src/tools/manifest/iconRule';
import type { AssetLookup } from '../../src/tools/manifest/types';
import { broken, environment, findings } from './realManifest';

const icons = (xml: string, lookupAsset?: (path: string) => AssetLookup) =>
  findings(xml, lookupAsset ? { lookupAsset } : {}).filter((finding) => finding.rule === 'icons');

describe('iconRule', () => {
  it('happy path: every icon of the real manifest is a PNG in assets/ of the declared size', () => {
    expect(icons(broken('icon-32.png', 'icon-32.png'))).toEqual([]);
  });

  it('given IconUrl naming the 64 px file, reports the size (task pane IconUrl is 32 × 32)', () => {
    const result = icons(
      broken(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
    );
    expect(result.map((f) => f.message)).toEqual([
      'icon assets/icon-64.png is 64 × 64 px; the manifest declares 32 × 32',
    ]);
  });

  it('given the 16 px button image pointing at the 32 px file, reports the declared size', () => {
    const result = icons(
      broken(
        '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      ),
    );
    // Used twice (group and button), so reported at both uses.
    expect(result).toHaveLength(2);
    expect(result[0]!.message).toBe('icon assets/icon-32.png is 32 × 32 px; the manifest declares 16 × 16');
  });

  it('given an icon file that does not exist, reports it', () => {
    const result = icons(broken('assets/icon-80.png', 'assets/icon-81.png'));
    expect(result.map((f) => f.message)).toEqual([
      'icon https://localhost:3000/assets/icon-81.png names assets/icon-81.png, which does not exist',
    ]);
  });

  it('given an icon served from elsewhere than the add-in assets, reports it', () => {
    const result = icons(broken('https://localhost:3000/assets/icon-64.png', 'https://cdn.example.com/icon-64.png'));
    expect(result[0]!.message).toBe(
      'icon https://cdn.example.com/icon-64.png is not a file under https://localhost:3000/assets/',
    );
  });

  it('given a file that is not a PNG, reports it', () => {
    const real = environment().lookupAsset;
    const lookup = (path: string): AssetLookup => (path === 'icon-32.png' ? { kind: 'notPng' } : real(path));
    expect(icons(broken('icon-32.png', 'icon-32.png'), lookup).map((f) => f.message)).toContain(
      'icon assets/icon-32.png is not a PNG file',
    );
  });
});

describe('assetPathFromUrl', () => {
  const base = 'https://localhost:3000';

  it('happy path: a file under assets/', () => {
    expect(assetPathFromUrl(`${base}/assets/icon-16.png`, base)).toBe('icon-16.png');
  });

  it('given a query string, ignores it', () => {
    expect(assetPathFromUrl(`${base}/assets/icon-16.png?v=2`, base)).toBe('icon-16.png');
  });

  it.each([
    `${base}/icon-16.png`,
    `${base}/assets/`,
    `${base}/assets/../manifest.xml`,
    'https://other.example/assets/icon-16.png',
  ])('given %s, finds no asset', (url) => {
    expect(assetPathFromUrl(url, base)).toBeUndefined();
  });
});
