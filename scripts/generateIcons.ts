/**
 * Draws the add-in's icon (three rising white bars on a blue rounded square:
 * cost scenarios side by side) and writes it to assets/icon-<size>.png in
 * every size the manifest declares. Run with `npx tsx scripts/generateIcons.ts`;
 * the PNGs are committed, so the build never depends on this script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png';

/** 16/32/80: ribbon button; 32/64: IconUrl/HighResolutionIconUrl; 128: store/admin listings. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x0b, 0x5c, 0xab];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Bars in unit coordinates (0..1, y down): left, right, top; all stand on BASELINE. */
const BARS = [
  { left: 0.2, right: 0.35, top: 0.56 },
  { left: 0.425, right: 0.575, top: 0.4 },
  { left: 0.65, right: 0.8, top: 0.22 },
] as const;
const BASELINE = 0.8;
const CORNER = 0.2;

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideBar(x: number, y: number): boolean {
  return BARS.some((bar) => x >= bar.left && x <= bar.right && y >= bar.top && y <= BASELINE);
}

/** Renders one size with 4×4 supersampling so small sizes keep smooth edges. */
export function renderIcon(size: number): Uint8Array {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y)) continue;
          covered++;
          if (insideBar(x, y)) white++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue; // fully transparent corner
      const share = white / covered;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(BLUE[c]! * (1 - share) + WHITE[c]! * share);
      }
      rgba[offset + 3] = Math.round((covered / samples ** 2) * 255);
    }
  }
  return rgba;
}

function main(): void {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

main();
