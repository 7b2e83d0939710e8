import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../src/tools/manifest/png';
import { encodePng } from '../../scripts/png';
import { ASSETS_DIR } from './realManifest';

describe('readPngSize', () => {
  it.each([16, 32, 64, 80, 128])('happy path: assets/icon-%i.png is that many pixels square', (size) => {
    expect(readPngSize(readFileSync(join(ASSETS_DIR, `icon-${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('reads width and height separately', () => {
    expect(readPngSize(encodePng(3, 2, new Uint8Array(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
  });

  it('given bytes that are not a PNG, returns undefined', () => {
    expect(readPngSize(new TextEncoder().encode('GIF89a, certainly not a PNG file'))).toBeUndefined();
  });

  it('given a truncated PNG, returns undefined', () => {
    expect(readPngSize(encodePng(4, 4, new Uint8Array(64)).subarray(0, 20))).toBeUndefined();
  });
});
