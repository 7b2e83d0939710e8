/**
 * Task pane benchmark: the initial JavaScript of taskpane.html (gzipped, the
 * budget is 300 KB) and the time to interactive in headless Debian Chromium —
 * from navigation start until the first step's primary button is usable in
 * the browser preview (which also loads the workbook chunk, the emulation and
 * the sample, and reads the workbook). Builds the production bundle once.
 * Also the sensitivity analysis as the analyst meets it: from pressing
 * "Beräkna scenarier" with 10 000 iterations to its figures on the Review
 * step (engine worker, then the simulation worker in slices, progress
 * messages, structured cloning and rendering included).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildOnce, launch, openPane, serve } from '../tests/browser/harness';
import type { BenchRow } from './run';

const RUNS = 5;

export async function run(): Promise<BenchRow[]> {
  const dist = await buildOnce();
  const { server, origin } = await serve(dist);
  const browser = await launch();
  try {
    const html = await readFile(join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=("?)([^"\s>]+)\1/g)]
      .map((m) => m[2]!)
      .filter((src) => !src.startsWith('http'));
    let gzipped = 0;
    for (const src of scripts)
      gzipped += gzipSync(await readFile(join(dist, src.replace(/^\.?\//, ''))), { level: 9 }).length;

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page } = await openPane(browser, origin);
      await page.getByRole('button', { name: 'Kontrollera indata', exact: true }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);

    const simulations: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { page } = await openPane(browser, origin);
      simulations.push(await timeSensitivity(page));
      await page.close();
    }
    simulations.sort((a, b) => a - b);
    return [
      {
        name: 'task pane: initial JS (gzip -9)',
        value: Math.round(gzipped / 102.4) / 10,
        unit: 'KB',
        notes: `${scripts.length} script(s); budget 300 KB`,
      },
      {
        name: 'task pane: time to interactive (preview, headless Chromium)',
        value: Math.round(times[Math.floor(RUNS / 2)]!),
        unit: 'ms',
        notes: `median of ${RUNS}; min ${Math.round(times[0]!)}, max ${Math.round(times.at(-1)!)}`,
      },
      {
        name: 'task pane: generate with sensitivity, 10 000 iterations (preview, headless Chromium)',
        value: Math.round(simulations[1]!),
        unit: 'ms',
        notes: `click to figures shown, Stockholm sample; median of 3; min ${Math.round(simulations[0]!)}, max ${Math.round(simulations[2]!)}`,
      },
    ];
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
    await rm(dist, { recursive: true, force: true });
  }
}

/** Milliseconds from pressing "Beräkna scenarier" with a 10 000-iteration analysis to its heading on Review. */
async function timeSensitivity(page: Page): Promise<number> {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  await button('Kontrollera indata').click();
  await button('Välj scenarier').click();
  await page.getByRole('switch', { name: 'Kör känslighetsanalys' }).check();
  await page.getByRole('radio', { name: '10 000' }).check();
  const start = await page.evaluate(() => performance.now());
  await button('Beräkna scenarier').click();
  await page.getByRole('heading', { name: 'Känslighetsanalys', level: 3 }).waitFor();
  return (await page.evaluate(() => performance.now())) - start;
}
