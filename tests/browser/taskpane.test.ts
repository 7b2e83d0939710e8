/**
 * The task pane in a real browser (Debian Chromium, headless) against the
 * production build: the analyst's whole flow on the Stockholm sample, the
 * explanation following the selected figure, an input error and "go to
 * cell", the language switch, the dark theme, cancel during generation, a
 * keyboard-only run, axe-core, the CSP, and the size and start-up time of the
 * pane. Then the pane inside Office, with a stand-in for
 * office.js served in its place: a slow Excel never turns into the preview,
 * office.js missing is said, and Office's theme is followed. One build for
 * all cases; one browser for the preview, another for the Office cases.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeKronor } from '../../src/engine/money';
import { probabilityAtOrBelow, simulate } from '../../src/engine/simulation';
import { stockholmSample } from '../../src/sample/stockholm';
import { formatCount, formatMoney, formatProbability } from '../../src/faces/taskpane/format/numbers';
import { OFFICE_THEMES } from '../../src/faces/taskpane/host/officeTheme';
import { ARTIFACTS, ROOT, buildOnce, launch, openPane, screenshot, serve, type Browser } from './harness';

let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  dist = await buildOnce();
  ({ server, origin } = await serve(dist));
  browser = await launch();
}, 600_000); // the production build takes 1–2 minutes on a quiet 2-core machine

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (!process.env.TASKPANE_DIST && dist) await rm(dist, { recursive: true, force: true });
});

/** Copies a screenshot into docs/screenshots when UPDATE_SCREENSHOTS=1 (the guide's pictures). */
async function shoot(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, name);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(join(ROOT, 'docs/screenshots'), { recursive: true });
    await copyFile(path, join(ROOT, 'docs/screenshots', `${name}.png`));
  }
}

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

async function startRead(page: Page): Promise<void> {
  await button(page, 'Kontrollera indata').waitFor();
}

async function generateFromStart(page: Page): Promise<void> {
  await button(page, 'Kontrollera indata').click();
  await button(page, 'Välj scenarier').click();
  await button(page, 'Beräkna scenarier').click();
  await heading(page, 'Granska scenarierna').waitFor();
}

/** Serious or critical axe-core violations on the page as it is now (rule id and the first target). */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  // Colours are judged at rest: a button's background fading between two states (Fluent animates it for up
  // to 300 ms) once measured 4.48:1 mid-way. Reduced motion ends Fluent's transitions at once; the wait covers the rest.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForTimeout(350);
  await page.evaluate(axe.source); // through the debugging protocol, so the page's CSP does not block it
  const result = await page.evaluate(() =>
    // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>, used by Fluent for arrow-key
    // groups) pass focus on the moment they receive it; axe flags them as aria-hidden-focus. Excluded, nothing else.
    (window as unknown as { axe: typeof axe }).axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ),
  );
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(result.violations, null, 2));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

async function sheetTabs(page: Page): Promise<string[]> {
  return page.getByRole('tablist', { name: 'Blad' }).getByRole('tab').allInnerTexts();
}

/** From Start to Choose, with the sensitivity analysis switched on and set as given. */
async function chooseSensitivity(page: Page, options: { iterations: '1 000' | '10 000' | 'auto'; seed?: string }) {
  await button(page, 'Kontrollera indata').click();
  await button(page, 'Välj scenarier').click();
  await heading(page, 'Välj scenarier').waitFor();
  await page.getByRole('switch', { name: 'Kör känslighetsanalys' }).check();
  const radio = options.iterations === 'auto' ? /^Automatiskt/ : options.iterations;
  await page.getByRole('radio', { name: radio }).check();
  if (options.seed !== undefined) await page.getByLabel('Slumpfrö').fill(options.seed);
  expect(await page.getByLabel('Slumpfrö').inputValue()).toMatch(/^\d+$/);
}

/** Alternatives computed: the rows of the Review step's overview. */
async function sheetAlternatives(page: Page): Promise<number> {
  return overviewRows(page).count();
}

/** The rows of Granska's overview table, one per alternative (details rows, once opened, aside). */
const overviewRows = (page: Page) => page.getByTestId('review-overview').locator('tbody:has(th[scope="rowgroup"])');

/** The overview's figures, a row per alternative in the order shown (the name rows, which have none, left out). */
async function overviewFigures(page: Page): Promise<number[][]> {
  return (await tableFigures(page.getByTestId('review-overview'))).filter((row) => row.length > 0);
}

/** "1 234,5" / "−0,8" (Swedish, with no-break spaces) → 1234.5 / −0.8. */
function swedishNumber(text: string): number {
  return Number(
    text
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  );
}

/** Scrolls the pane so the element is at its top (for a screenshot of what follows it). */
async function scrollToTop(element: Locator): Promise<void> {
  await element.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

const overview = (page: Page) => page.getByTestId('review-overview');

/** The figures of a table's body rows, as numbers (the row header left out). */
async function tableFigures(table: Locator): Promise<number[][]> {
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows.map((row) => row.map(swedishNumber));
}

/** How far the pane (its scrolling container) or the page is wider than the window, px; ≤ 0 when nothing scrolls sideways. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    let pane: HTMLElement | null = document.querySelector('main');
    while (pane && !['auto', 'scroll'].includes(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
    const doc = document.documentElement;
    return Math.max(pane ? pane.scrollWidth - pane.clientWidth : 0, doc.scrollWidth - doc.clientWidth);
  });
}

/** Excel's default task pane, 350 px wide: the size of the guide's pictures of the pane. */
const PANE_WIDE = { width: 350, height: 800 };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Generous per-test time: a loaded 2-core CI machine runs the whole flow in well under a minute, but not always.
describe('task pane in the browser preview', { timeout: 180_000 }, () => {
  it('runs the whole flow on the sample: start, check, choose, generate, review, write', async () => {
    const { page, foreignRequests, errors } = await openPane(browser, origin);
    await startRead(page);
    await page.getByRole('heading', { name: 'Betalare (9)' }).waitFor();
    expect(await page.getByText('Förhandsvisning utan Excel', { exact: false }).count()).toBe(1);
    await shoot(page, '01-start');

    await button(page, 'Kontrollera indata').click();
    await heading(page, 'Kontroll av indata').waitFor();
    await shoot(page, '02-check');

    await button(page, 'Välj scenarier').click();
    await heading(page, 'Välj scenarier').waitFor();
    const alternatives = await page.getByRole('checkbox').count();
    expect(alternatives).toBeGreaterThan(1);
    await shoot(page, '03-choose');

    await button(page, 'Beräkna scenarier').click();
    await heading(page, 'Granska scenarierna').waitFor();
    // The overview first, one row per alternative; each row opens two tables (headline figures; per payer).
    expect(await sheetAlternatives(page)).toBe(alternatives);
    expect(await page.locator('main table').count()).toBe(1);
    for (const name of await overviewRows(page).locator('th button').allInnerTexts()) await button(page, name).click();
    expect(await page.locator('main table').count()).toBe(1 + 2 * alternatives);
    expect(await page.getByRole('table', { name: /–\s\d+ kontrakt$/ }).count()).toBe(alternatives);
    expect(await page.getByRole('img', { name: /Kostnad per år/ }).count()).toBe(1);
    expect(await page.getByText('Illustrativa siffror').count()).toBeGreaterThan(0);
    // (04-review, the overview at the pane's width, is taken by the overview's own test.)

    const before = await sheetTabs(page);
    await button(page, 'Skriv till arbetsboken').click();
    await button(page, 'Skriv scenarieblad').click();
    const done = page.getByText(/Skrev \d+ blad\. Bladet .+ är aktiverat\./);
    await done.waitFor();
    const [, count, activated] = /Skrev (\d+) blad\. Bladet (.+) är aktiverat\./.exec(
      (await done.textContent()) ?? '',
    )!;
    const after = await sheetTabs(page);
    expect(after.length).toBe(before.length + Number(count));
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe(activated);
    // Focus moved to the result, not to <body>; "Gå till bladet" selects the summary sheet again.
    expect(await done.evaluate((el) => el.closest('[tabindex="-1"]')?.contains(document.activeElement))).toBe(true);
    await page.getByRole('tab', { name: before[0]! }).click();
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe(before[0]);
    await button(page, 'Gå till bladet').click();
    await page.waitForFunction(
      (name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name,
      activated,
    );
    await page.getByText(/Scenariebladen bygger på dagens indata/).waitFor();
    await button(page, 'Uppdatera scenarieblad').waitFor();
    await shoot(page, '05-write');

    // A figure on the (activated) summary sheet, explained with the numbers used.
    await page.locator(`table[data-sheet="${activated}"] td[data-address="C8"]`).click();
    await button(page, 'Förklara markerad siffra').click();
    const explanation = page.getByRole('region', { name: /Förklaring/ });
    await explanation
      .getByText(/hämtat från bladet/)
      .first()
      .waitFor();
    // The summary's total of the first alternative, traced to its scenario sheet.
    expect(await explanation.innerText()).toMatch(
      /Totalt: hämtat från bladet ”Scenario 1[^”]*” cell [A-Z]+\d+ .*= \d{3}\s\d{3}\s\d{3}/,
    );
    await scrollToTop(button(page, 'Förklara markerad siffra'));
    await shoot(page, '19-explain');

    // Writing again replaces our sheets instead of adding more.
    await button(page, 'Uppdatera scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();
    expect(await sheetTabs(page)).toEqual(after);

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('explains the selected figure as the selection moves, without pressing the button', async () => {
    const { page, errors } = await openPane(browser, origin);
    await startRead(page);
    await generateFromStart(page);
    await button(page, 'Skriv till arbetsboken').click();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();
    const follow = page.getByRole('switch', { name: 'Följ markeringen' });
    expect(await follow.isChecked()).toBe(true);
    const explanation = page.getByRole('region', { name: 'Förklaring av markerad siffra' });
    const cell = (sheet: string, address: string) =>
      page.locator(`table[data-sheet^="${sheet}"] td[data-address="${address}"]`);

    // A figure on the decision brief, then the one below it: each explained as it is selected.
    await cell('Beslutsunderlag', 'C8').click();
    await explanation.getByText(/^[^:]*Totalt: hämtat från bladet ”Scenario 1\./).waitFor();
    await cell('Beslutsunderlag', 'C9').click();
    await explanation.getByText(/^[^:]*Totalt: hämtat från bladet ”Scenario 2\./).waitFor();
    expect(await explanation.getByText(/Scenario 1\./).count()).toBe(0);
    expect(await seriousViolations(page, 'explain-follows')).toEqual([]);

    // Another sheet's tab moves the selection to its A1, a heading: the pane says what to select.
    await page.getByRole('tab', { name: /^Scenario 1\./ }).click();
    await explanation
      .getByText('Markera en siffra på ett scenarioblad (en cell med formel), så förklaras den här.')
      .waitFor();
    // A cost entry with the numbers used; then three cells in quick succession, and the last one wins.
    await cell('Scenario 1.', 'E76').click();
    await explanation
      .getByText(/Licens per elev och år, 2024: 45 kr × 140 500 \(antal elev\) × index 1,0400/)
      .waitFor();
    for (const address of ['F76', 'G76', 'H76']) await cell('Scenario 1.', address).click();
    await explanation.getByText(/Licens per elev och år, 2027: 45 kr × 140 500/).waitFor();
    await shoot(page, '23-explain-follows');

    // Following off: a new selection leaves the explanation alone until the button is pressed.
    await follow.uncheck();
    await cell('Scenario 1.', 'E77').click();
    await page.waitForTimeout(1_000); // four times the follow delay: long enough for a read that must not come
    expect(await explanation.innerText()).toMatch(/Licens per elev och år, 2027/);
    await button(page, 'Förklara markerad siffra').click();
    await explanation.getByText(/Införande, 2024: 2 500 000 kr/).waitFor();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves the choices to Parametrar and then says the written scenarios are out of date', async () => {
    const { page } = await openPane(browser, origin);
    await startRead(page);
    await generateFromStart(page);
    await button(page, 'Skriv till arbetsboken').click();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();

    await button(page, '3. Välj').click();
    await page.getByLabel('Diskonteringsränta (%)').fill('4');
    await button(page, 'Spara i Parametrar').click();
    await page.getByText('Sparat i bladet Parametrar.').waitFor();

    await button(page, '1. Start').click();
    await button(page, 'Läs in igen').click();
    await page.getByText(/Indata har ändrats sedan scenarierna skrevs/).waitFor();
    await shoot(page, '06-stale');
    await button(page, 'Kontrollera indata').click();
    await button(page, 'Välj scenarier').click();
    expect(await page.getByLabel('Diskonteringsränta (%)').inputValue()).toBe('4');
    await page.close();
  });

  it('adds a row to the decision trail after a write, with the written fingerprint, and says what changed on the next write', async () => {
    const { page, errors } = await openPane(browser, origin);
    await startRead(page);
    await generateFromStart(page);
    await button(page, 'Skriv till arbetsboken').click();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();

    await button(page, 'Lägg till i beslutsgången').click();
    // Nothing is added while a required field is empty, and the field says what is missing.
    await button(page, 'Lägg till').click();
    await page.getByText('Skriv forumet, t.ex. portföljstyrgrupp.').waitFor();
    await page.getByLabel('Forum').fill('Portföljstyrgrupp');
    expect(await page.getByLabel('Datum').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel('Beslut eller rekommendation').fill('Rekommenderar alternativ 1.');
    await button(page, 'Lägg till').click();
    const added = page.getByText(/^Lade till en rad i Beslutsgång, cell A\d+\.$/);
    await added.waitFor();
    const at = /cell (A\d+)/.exec((await added.innerText()) ?? '')![1]!;
    await button(page, 'Gå till raden').click();
    const cell = (address: string) =>
      page.locator(`table[data-sheet^="Beslutsgång"] td[data-address="${address}"]`).innerText();
    const row = at.slice(1);
    expect(await cell(at)).toBe('Portföljstyrgrupp');
    expect(await cell(`C${row}`)).toBe('Rekommenderar alternativ 1.');
    expect(await cell(`D${row}`)).toMatch(/^[0-9a-f]{16,}$/);
    expect(await seriousViolations(page, 'decision-trail')).toEqual([]);

    // A second write says what changed since the first (nothing, here), in a few lines.
    await button(page, 'Uppdatera scenarieblad').click();
    await page.getByText(/Sedan förra versionen:/).waitFor();
    // In the pane's result (the brief and Jämförelse in the emulated workbook say it too).
    await page.getByRole('listitem').filter({ hasText: 'Inga indatarader har ändrats.' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never writes figures older than the inputs: an input changed after calculating is computed again before writing', async () => {
    const { page, errors } = await openPane(browser, origin);
    await startRead(page);
    await generateFromStart(page);
    // The analyst changes an input between calculating and writing (here the discount rate, saved to Parametrar).
    await button(page, '3. Välj').click();
    await page.getByLabel('Diskonteringsränta (%)').fill('4');
    await button(page, 'Spara i Parametrar').click();
    await page.getByText('Sparat i bladet Parametrar.').waitFor();
    await button(page, '6. Skriv').click();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/räknades om innan de skrevs/).waitFor();
    await page.getByText(/Scenariebladen bygger på dagens indata/).waitFor();
    expect(await page.getByText(/Indata har ändrats sedan scenarierna skrevs/).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an input error under its sheet, blocks generation, and selects the cell on click', async () => {
    const { page, errors } = await openPane(browser, origin, '?workbook=error');
    await startRead(page);
    await button(page, 'Kontrollera indata').click();
    await heading(page, 'Kontroll av indata').waitFor();
    const resurser = page.getByRole('region', { name: 'Resurser' });
    const goTo = resurser.getByRole('button', { name: /^Gå till Resurser!/ }).first();
    await goTo.waitFor();
    expect(await button(page, 'Välj scenarier').isDisabled()).toBe(true);
    expect(await resurser.getByText(/många/).count()).toBeGreaterThan(0);
    await shoot(page, '07-input-error');

    const ref = ((await goTo.textContent()) ?? '').replace('Gå till ', '');
    const cell = ref.split('!')[1]!;
    await goTo.click();
    await page.getByTestId('preview-selection').getByText(`Markerad cell: ${ref}`).waitFor();
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('Resurser');
    expect(
      await page.locator(`table[data-sheet="Resurser"] td[data-address="${cell}"]`).getAttribute('aria-current'),
    ).toBe('true');
    expect(await page.locator(`td[data-address="${cell}"][aria-current="true"]`).textContent()).toBe('många');
    await shoot(page, '08-cell-selected');

    // Fix the cell as an analyst would in Excel, and check again.
    await page.getByTestId('preview-cell-input').fill('30000');
    await button(page, 'Ändra cellen').click();
    await button(page, 'Kontrollera igen').click();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('main button')].some(
          (b) => b.textContent === 'Välj scenarier' && (b as HTMLButtonElement).disabled,
        ),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers to create the input sheets in an empty workbook', async () => {
    const { page } = await openPane(browser, origin, '?workbook=empty');
    await button(page, 'Skapa indatablad').waitFor();
    await page.getByText(/Arbetsboken saknar indatablad/).waitFor();
    await shoot(page, '09-empty');
    await button(page, 'Skapa indatablad').click();
    await startRead(page);
    expect(await sheetTabs(page)).toEqual(expect.arrayContaining(['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar']));
    await page.close();
  });

  it("keeps each step's primary action in view at 320×600 and 350×800, with a compact header and no horizontal scroll", async () => {
    const steps = [
      { primary: 'Kontrollera indata', click: null },
      { primary: 'Välj scenarier', click: 'Kontrollera indata' },
      { primary: 'Beräkna scenarier', click: 'Välj scenarier' },
      { primary: 'Skriv till arbetsboken', click: 'Beräkna scenarier' },
      { primary: 'Skriv scenarieblad', click: 'Skriv till arbetsboken' },
    ];
    for (const size of [
      { width: 320, height: 600 },
      { width: 350, height: 800 },
    ]) {
      const { page, errors } = await openPane(browser, origin);
      await page.setViewportSize(size);
      await startRead(page);
      // The header: title, settings and subtitle in at most 96 px at Excel's default pane width.
      if (size.width === 350) expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(96);
      for (const { primary, click } of steps) {
        if (click) await button(page, click).click();
        const target = button(page, primary);
        await target.waitFor();
        // As the step opens: nothing scrolled, the action inside the window, nothing wider than the window.
        const layout = await page.evaluate((name) => {
          const scrolled = [document.documentElement, ...document.querySelectorAll<HTMLElement>('main, main *')].some(
            (el) => el.scrollTop > 0,
          );
          let pane: HTMLElement | null = document.querySelector('main');
          while (pane && !['auto', 'scroll'].includes(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
          const doc = document.documentElement;
          const action = [...document.querySelectorAll('main button')].find((b) => b.textContent?.trim() === name)!;
          const r = action.getBoundingClientRect();
          return {
            scrolled,
            action: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
            docOverflow: doc.scrollWidth - doc.clientWidth,
            paneOverflow: pane ? pane.scrollWidth - pane.clientWidth : 0,
          };
        }, primary);
        const where = `${primary} at ${size.width}×${size.height}`;
        expect(layout.scrolled, where).toBe(false);
        expect(layout.action.top, where).toBeGreaterThanOrEqual(0);
        expect(layout.action.left, where).toBeGreaterThanOrEqual(0);
        expect(layout.action.bottom, where).toBeLessThanOrEqual(size.height);
        expect(layout.action.right, where).toBeLessThanOrEqual(size.width);
        expect(layout.docOverflow, where).toBeLessThanOrEqual(0);
        expect(layout.paneOverflow, where).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('links to the Swedish guide served with the add-in, its screenshots included', async () => {
    const { page } = await openPane(browser, origin);
    await startRead(page);
    const help = page.getByRole('link', { name: 'Hjälp' });
    const href = await help.getAttribute('href');
    expect(href).toBe('guide.sv.html');
    const guide = await browser.context.newPage();
    const failed: string[] = [];
    guide.on('requestfailed', (r) => failed.push(r.url()));
    guide.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await guide.goto(new URL(href!, page.url()).href);
    await guide.getByRole('heading', { name: 'Användarguide: Skolkostnad i Excel', level: 1 }).waitFor();
    await guide.waitForLoadState('load');
    const images = guide.locator('img');
    expect(await images.count()).toBeGreaterThan(10);
    await images.evaluateAll((imgs) => imgs.forEach((img) => img.scrollIntoView()));
    await guide.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    expect(failed).toEqual([]);
    await guide.close();
    await page.close();
  });

  it('starts Granska with an overview of every alternative: in view at 350×800, sortable, the cheapest in words, rows opening in place', async () => {
    const { page, errors } = await openPane(browser, origin);
    await page.setViewportSize({ width: 350, height: 800 });
    await startRead(page);
    await chooseSensitivity(page, { iterations: '1 000', seed: '4711' });
    await button(page, 'Beräkna scenarier').click();
    await heading(page, 'Granska scenarierna').waitFor();
    const overview = page.getByTestId('review-overview');
    const rows = overviewRows(page);
    expect(await rows.count()).toBe(4);
    // Fully visible as the step opens, above the pinned action bar, without scrolling.
    const table = (await overview.boundingBox())!;
    const actions = (await button(page, 'Skriv till arbetsboken').boundingBox())!;
    expect(table.y).toBeGreaterThanOrEqual(0);
    expect(table.y + table.height).toBeLessThanOrEqual(actions.y);
    expect(await overview.locator('thead th').allInnerTexts()).toEqual([
      'Totalt▲',
      'Nuvärde',
      'Mot i dag',
      'P50',
      'Chans billigast',
    ]);
    // Sorted by total, cheapest first; the cheapest is said in words, in the first row.
    const totals = async () => (await overviewFigures(page)).map((r) => r[0]!);
    const ascending = await totals();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await rows.first().innerText()).toContain('Billigast totalt');
    expect(await overview.getByText('Billigast totalt').count()).toBe(1);
    await shoot(page, '04-review');
    await overview.getByRole('button', { name: 'Totalt' }).click();
    expect(await overview.locator('th[aria-sort="descending"]').innerText()).toMatch(/^Totalt/);
    expect(await totals()).toEqual([...ascending].reverse());
    await overview.getByRole('button', { name: 'Chans billigast' }).click();
    const chances = (await overviewFigures(page)).map((r) => r[4]!);
    expect(chances).toEqual([...chances].sort((a, b) => b - a));
    // A row opens its details right below it, and closes again.
    const first = rows.first().locator('th button');
    const name = await first.innerText();
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const details = page.locator(`[id="${await first.getAttribute('aria-controls')}"]`);
    await details.getByRole('table', { name: `${name}: Kostnad per elev och år (kr)` }).waitFor();
    expect(
      await details.getByRole('table', { name: new RegExp(`^${escapeRegExp(name)} – \\d+ kontrakt$`) }).count(),
    ).toBe(1);
    await first.click();
    expect(await details.count()).toBe(0);
    // At 320 px the six columns still fit: no horizontal scroll.
    await page.setViewportSize({ width: 320, height: 600 });
    expect(
      await overview.evaluate((el) => {
        let pane: HTMLElement | null = el as HTMLElement;
        while (pane && !['auto', 'scroll'].includes(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
        return pane!.scrollWidth - pane!.clientWidth;
      }),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches between Swedish and English', async () => {
    const { page } = await openPane(browser, origin);
    await startRead(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    // The language is an override in the settings, not a control on the first screen.
    expect(await page.getByLabel('Språk').count()).toBe(0);
    await button(page, 'Inställningar').click();
    await page.getByLabel('Språk').selectOption('en');
    await heading(page, 'The workbook').waitFor();
    await button(page, 'Check inputs').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await button(page, 'Check inputs').click();
    await heading(page, 'Input check').waitFor();
    await shoot(page, '10-english');
    // The override is kept: the pane opens in English again.
    await page.reload();
    await button(page, 'Check inputs').waitFor();
    expect(await page.getByText(/\b1 contracts\b/).count()).toBe(0);
    await button(page, 'Settings').click();
    await page.getByLabel('Language').selectOption('sv');
    await heading(page, 'Arbetsboken').waitFor();
    // Back to following Office (here the preview's Swedish): the override is forgotten.
    await page.getByLabel('Språk').selectOption('office');
    expect(await page.evaluate(() => localStorage.getItem('skolkostnad.language'))).toBeNull();
    await page.close();

    // Office's display language decides by default: Swedish for sv-*, English for any other.
    for (const [lang, check] of [
      ['en-US', 'Check inputs'],
      ['de-DE', 'Check inputs'],
      ['sv-FI', 'Kontrollera indata'],
    ]) {
      const opened = await openPane(browser, origin, `?lang=${lang}`);
      await button(opened.page, check!).waitFor();
      await opened.page.close();
    }
  });

  it('follows a dark theme', async () => {
    const { page } = await openPane(browser, origin, '?theme=dark');
    await startRead(page);
    const luminance = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.querySelector('main')!)
        .backgroundColor.match(/\d+/g)!
        .map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    expect(luminance).toBeLessThan(0.3);
    await shoot(page, '11-dark');
    expect(await seriousViolations(page, 'dark-start')).toEqual([]);
    await page.close();
  });

  it('explains what needs a newer Excel, and writes without it', async () => {
    const { page } = await openPane(browser, origin, '?excelApi=1.8');
    await startRead(page);
    await page.getByText('Kräver nyare Excel').waitFor();
    await page.getByText('Utskriftsinställningar för scenariebladen kräver ExcelApi 1.9.').waitFor();
    await shoot(page, '14-older-excel');
    await generateFromStart(page);
    await button(page, 'Skriv till arbetsboken').click();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();
    // The adapter skipped print setup and said so.
    await page.getByText('Att notera från skrivningen:', { exact: false }).waitFor();
    await page.close();
  });

  it('cancels a generation in progress and writes nothing', async () => {
    // The preview can slow generation down (?stepDelayMs) so there is time to press cancel.
    const { page } = await openPane(browser, origin, '?stepDelayMs=1500');
    await startRead(page);
    const tabs = await sheetTabs(page);
    await button(page, 'Kontrollera indata').click();
    await button(page, 'Välj scenarier').click();
    await button(page, 'Beräkna scenarier').click();
    await page.getByText(/Beräknar \d+ av \d+ alternativ/).waitFor();
    // While computing, the step bar is locked: no step can be opened, not even those visited before.
    for (const step of ['1. Start', '2. Kontrollera', '3. Välj', '5. Granska', '6. Skriv'])
      expect(await button(page, step).isDisabled(), step).toBe(true);
    await shoot(page, '12-generating');
    await button(page, 'Avbryt').click();
    await page.getByText('Beräkningen avbröts. Inget har skrivits till arbetsboken.').waitFor();
    expect(await button(page, '3. Välj').isDisabled()).toBe(false);
    expect(await button(page, '5. Granska').isDisabled()).toBe(true);
    // The worker was stopped: no late result moves the pane on.
    await page.waitForTimeout(2000);
    expect(await heading(page, 'Beräkning').count()).toBe(1);
    expect(await sheetTabs(page)).toEqual(tabs);
    await page.close();
  });

  it('can be run through with the keyboard alone, with visible focus', async () => {
    const { page } = await openPane(browser, origin);
    await startRead(page);
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labels = (el as HTMLInputElement).labels;
        return (el.getAttribute('aria-label') ?? (labels && labels[0]?.textContent) ?? el.textContent ?? '').trim();
      });
    /** Tab (forward) until an element named `name` has focus; fail after 80 presses. */
    async function tabTo(name: string): Promise<void> {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if ((await focusedName()) === name) {
          expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
          return;
        }
      }
      throw new Error(`could not reach "${name}" with Tab`);
    }
    await tabTo('Kontrollera indata');
    await shoot(page, '13-keyboard-focus');
    await page.keyboard.press('Enter');
    await heading(page, 'Kontroll av indata').waitFor();
    await tabTo('Välj scenarier');
    await page.keyboard.press('Enter');
    await heading(page, 'Välj scenarier').waitFor();
    const first = (
      await page
        .getByRole('checkbox')
        .first()
        .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')
    ).trim();
    await tabTo(first);
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox').first().isChecked()).toBe(false);
    await tabTo('Beräkna scenarier');
    await page.keyboard.press('Enter');
    await heading(page, 'Granska scenarierna').waitFor();
    const alternatives = await page.getByRole('checkbox').count();
    expect(alternatives).toBe(0); // left the Choose step
    await tabTo('Skriv till arbetsboken');
    await page.keyboard.press('Enter');
    await tabTo('Skriv scenarieblad');
    await page.keyboard.press('Enter');
    await page.getByText(/Skrev \d+ blad/).waitFor();
    await page.close();
  });

  it('has no serious or critical axe-core violations at any step, and no CSP violation', async () => {
    const { page: p } = await openPane(browser, origin, '?workbook=error');
    await startRead(p);
    const found: string[] = [];
    found.push(...(await seriousViolations(p, 'start')));
    await button(p, 'Kontrollera indata').click();
    await heading(p, 'Kontroll av indata').waitFor();
    found.push(...(await seriousViolations(p, 'check-with-error')));
    await p.close();

    const { page: q } = await openPane(browser, origin);
    await startRead(q);
    await button(q, 'Kontrollera indata').click();
    await button(q, 'Välj scenarier').click();
    await heading(q, 'Välj scenarier').waitFor();
    found.push(...(await seriousViolations(q, 'choose')));
    await button(q, 'Beräkna scenarier').click();
    await heading(q, 'Granska scenarierna').waitFor();
    found.push(...(await seriousViolations(q, 'review')));
    await button(q, 'Skriv till arbetsboken').click();
    await button(q, 'Skriv scenarieblad').click();
    await q.getByText(/Skrev \d+ blad/).waitFor();
    found.push(...(await seriousViolations(q, 'write')));
    expect(found).toEqual([]);
    // The worker and every chunk loaded under the CSP: no eval, nothing blocked.
    expect(await cspViolations(q)).toEqual([]);
    await q.close();
  });

  it('runs a sensitivity analysis on the sample: percentiles, cheapest, a keyboard-reachable tornado, and the Känslighet sheet', async () => {
    const { page, errors } = await openPane(browser, origin);
    await page.setViewportSize(PANE_WIDE); // Excel's pane width: the guide's pictures of the pane
    await startRead(page);
    await chooseSensitivity(page, { iterations: '1 000', seed: '4711' });
    await button(page, 'Beräkna scenarier').click();
    await heading(page, 'Granska scenarierna').waitFor();
    const alternatives = await sheetAlternatives(page);

    await page.getByRole('heading', { name: 'Känslighetsanalys', level: 3 }).waitFor();
    expect(await page.getByTestId('sensitivity-about').innerText()).toMatch(
      /Slumpfrö 4711, fördelning PERT, 1\s000 iterationer/,
    );
    // Total cost and present value: P10 ≤ P50 ≤ P90 and the mean within the range, per alternative.
    for (const name of [/^Totalkostnad .*spridning/, /^Nuvärde .*spridning/]) {
      const rows = await tableFigures(page.getByRole('table', { name }));
      expect(rows).toHaveLength(alternatives);
      for (const [likely, p10, p50, p90, mean] of rows) {
        // The deterministic value beside the percentiles.
        expect(likely).toBeGreaterThan(0);
        expect(p10).toBeGreaterThan(0);
        expect(p10).toBeLessThanOrEqual(p50!);
        expect(p50).toBeLessThanOrEqual(p90!);
        expect(mean).toBeGreaterThanOrEqual(p10!);
        expect(mean).toBeLessThanOrEqual(p90!);
      }
    }
    // Present values are discounted: below the totals.
    const totals = await tableFigures(page.getByRole('table', { name: /^Totalkostnad .*spridning/ }));
    const npvs = await tableFigures(page.getByRole('table', { name: /^Nuvärde .*spridning/ }));
    npvs.forEach((row, i) => expect(row[2]).toBeLessThan(totals[i]![2]!));
    // The deterministic total is the overview's total (one source), row by row in the engine's order.
    await overview(page).getByRole('button', { name: 'Totalt' }).click(); // descending
    await overview(page).getByRole('button', { name: 'Totalt' }).click(); // ascending again
    const likelyByTotal = totals.map((row) => row[0]!).sort((a, b) => a - b);
    expect((await overviewFigures(page)).map((row) => row[0]!)).toEqual(likelyByTotal);
    const cheapest = page.getByRole('table', { name: /billigast/ });
    expect(await cheapest.locator('tbody tr').count()).toBe(alternatives);
    expect(await page.getByRole('table', { name: /billigare än kolumnen/ }).count()).toBe(1);

    // The tornado: five named bars, reached with Tab from the alternative's drop-down, their figures shown as text.
    const tornado = page.getByRole('group', { name: /Det som flyttar totalen mest/ });
    const bars = tornado.getByRole('img', { name: /på min .* på max/ });
    expect(await bars.count()).toBe(5);
    await page.getByLabel('Alternativ i detalj').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/på min/);
    await page.getByText(/min [\d\s]+ kr ger .*max [\d\s]+ kr ger/).waitFor();
    await scrollToTop(page.getByRole('heading', { name: 'Känslighetsanalys', level: 3 }));
    await shoot(page, '15-sensitivity');

    // Cost per user and year per payer, for the alternative chosen: one row per payer, mean and percentiles in kr.
    const options = await page.getByLabel('Alternativ i detalj').locator('option').allInnerTexts();
    const perUser = (name: string) => page.getByRole('table', { name: `${name}: kostnad per användare och år (kr)` });
    const firstPayers = await tableFigures(perUser(options[0]!));
    expect(firstPayers.length).toBeGreaterThan(1);
    for (const [likely, p10, p50, p90, mean] of firstPayers) {
      expect(likely).toBeGreaterThan(0);
      expect(p10).toBeLessThanOrEqual(p50!);
      expect(p50).toBeLessThanOrEqual(p90!);
      expect(mean).toBeGreaterThan(0);
    }
    await scrollToTop(page.getByLabel('Alternativ i detalj'));
    await shoot(page, '20-sensitivity-payers');
    // Another alternative: its own payer table and its own tornado.
    await page.getByLabel('Alternativ i detalj').selectOption({ label: options.at(-1)! });
    await page.getByRole('group', { name: new RegExp(`mest: ${escapeRegExp(options.at(-1)!)}`) }).waitFor();
    const lastPayers = await tableFigures(perUser(options.at(-1)!));
    expect(lastPayers).toHaveLength(firstPayers.length);
    expect(lastPayers).not.toEqual(firstPayers);

    await page.setViewportSize({ width: 1280, height: 860 }); // the emulated sheets beside the pane
    await button(page, 'Skriv till arbetsboken').click();
    await page.getByText('Känslighetsanalysen skrivs också, till bladet Känslighet.').waitFor();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();
    expect(await sheetTabs(page)).toContain('Känslighet');
    await page.getByRole('tab', { name: 'Känslighet' }).click();
    const sheet = page.locator('table[data-sheet="Känslighet"]');
    await sheet.getByText('Känslighetsanalys (Monte Carlo)').waitFor();
    const seedRow = await sheet
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs
          .map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s/g, '')))
          .find((cells) => cells.includes('Slumpfrö')),
      );
    expect(seedRow).toContain('4711');
    // Cost per user and year: the mean beside P10 / P50 / P90.
    const payerHeader = await sheet
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs
          .map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()))
          .find((cells) => cells.includes('Betalare')),
      );
    const at = payerHeader!.indexOf('Betalare');
    expect(payerHeader!.slice(at, at + 6)).toEqual(['Betalare', 'Troligt värde', 'Medelvärde', 'P10', 'P50', 'P90']);
    await shoot(page, '16-sensitivity-sheet');
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('draws the risk picture after a sensitivity run: an S-curve per alternative and the chance the total stays under an amount, as the engine computes it', async () => {
    const { page, errors } = await openPane(browser, origin);
    await page.setViewportSize(PANE_WIDE);
    await startRead(page);
    await chooseSensitivity(page, { iterations: '1 000', seed: '4711' });
    await button(page, 'Beräkna scenarier').click();
    const picture = page.getByTestId('risk-picture');
    await picture.waitFor();
    // The same run in the engine, in Node: the sample, the seed and the iterations the pane used.
    const engine = simulate(stockholmSample(), { iterations: 1_000, seed: 4711 });
    const names = engine.scenarios.map((s) => s.name);
    expect(await sheetAlternatives(page)).toBe(names.length);

    // One S-curve per alternative, each an image named by its title and described in words, the likely total marked.
    const curves = picture.getByTestId('risk-curve');
    expect(await curves.count()).toBe(names.length);
    for (const [i, name] of names.entries()) {
      const curve = curves.nth(i);
      expect(await curve.locator('figcaption').innerText()).toBe(name);
      const image = curve.getByRole('img', { name: new RegExp(`^S-kurva: ${escapeRegExp(name)}, total kostnad`) });
      expect(await image.count()).toBe(1);
      const s = engine.scenarios[i]!;
      const description = await image.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
      expect(description).toContain(`P50 ${formatMoney(s.total.p50, 'tkr', 'sv')},`);
      expect(description).toContain(
        `Troligt värde ${formatMoney(s.likely.total, 'tkr', 'sv')} tkr: totalen blir högst så i ${formatProbability(
          probabilityAtOrBelow(s.totalDraws, s.likely.total),
          'sv',
        )}`,
      );
      const polyline = (await curve.locator('polyline').getAttribute('points'))!.split(' ');
      expect(polyline.length).toBeGreaterThan(50);
      expect(await curve.locator('text', { hasText: /^Troligt \(/ }).count()).toBe(1);
    }

    // The question, in kronor with spaces and with a unit: the same answer, the engine's share of draws per alternative.
    const field = page.getByRole('textbox', { name: 'Sannolikhet att totalen understiger' });
    const mnkr = Math.round(engine.scenarios[0]!.total.p50 / 10_000_000) / 10; // P50 of the first, to 0,1 mnkr
    const amount = Math.round(mnkr * 1_000_000) * 100;
    const expected = engine.scenarios.map(
      (s) => `${s.name}: ${formatProbability(probabilityAtOrBelow(s.totalDraws, amount), 'sv')}`,
    );
    const answers = () =>
      page
        .getByTestId('risk-answer')
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
    for (const typed of [`${formatCount(amount / 100, 'sv')}`, `${String(mnkr).replace('.', ',')} mnkr`]) {
      await field.fill(typed);
      await expect.poll(answers).toEqual(expected.map((text) => text.replace(/\s+/g, ' ')));
    }
    // Not every answer is 0 % or 100 %: the amount lies inside the spread.
    expect(
      engine.scenarios.some((s) => {
        const p = probabilityAtOrBelow(s.totalDraws, amount);
        return p > 0 && p < 1;
      }),
    ).toBe(true);
    await field.fill('sexhundra');
    await page.getByText('Ange ett belopp, t.ex. 600 000 000 eller 600 mnkr.').waitFor();
    expect(await answers()).toEqual([]);
    await field.fill(`${String(mnkr).replace('.', ',')} Mkr`);
    await expect.poll(answers).toEqual(expected.map((text) => text.replace(/\s+/g, ' ')));

    // The deterministic value beside P10 / P50 / P90 in the per-user table too, equal to the engine's.
    const perUser = page.getByTestId('sensitivity-per-user');
    expect(await perUser.locator('thead th').allInnerTexts()).toEqual([
      'Betalare',
      'Troligt värde',
      'P10',
      'P50',
      'P90',
      'Medel',
    ]);
    const firstRow = await tableFigures(perUser);
    const payersWithUsers = engine.scenarios[0]!.payers.filter((p) => p.perUserPerYear !== null);
    expect(firstRow.filter((row) => !row.some(Number.isNaN)).map((row) => row[0])).toEqual(
      payersWithUsers.map((p) => wholeKronor(p.likely.perUserPerYear!)),
    );

    await scrollToTop(picture);
    await shoot(page, '23-sensitivity-risk');
    // At 320 px the risk picture still fits: no horizontal scroll.
    await page.setViewportSize({ width: 320, height: 600 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws cost lines from a reference-class preset chosen for all lines or per line, and names it with its citation on the Känslighet sheet', async () => {
    const { page, errors } = await openPane(browser, origin);
    await page.setViewportSize(PANE_WIDE);
    await startRead(page);
    await chooseSensitivity(page, { iterations: '1 000', seed: '4711' });
    const all = page.getByRole('combobox', { name: 'Osäkerhet från referensklass, alla kostnadsrader' });
    await all.selectOption({ label: 'IT-projekt (Flyvbjerg & Budzier 2011: medel +27 %, var sjätte +200 %)' });
    // Per line: the first cost line keeps its own min and max.
    await page.getByText(/^Välj per kostnadsrad \(0 valda\)$/).click();
    const firstLine = stockholmSample().costLines[0]!.id;
    await page.getByRole('combobox', { name: firstLine, exact: true }).selectOption({ label: 'Egna min och max' });
    await page.getByText(/^Välj per kostnadsrad \(1 valda\)$/).waitFor();
    await scrollToTop(page.getByText('Osäkerhet från referensklass, alla kostnadsrader'));
    await shoot(page, '24-reference-class');
    await page.setViewportSize({ width: 320, height: 600 });
    // The long preset names wrap or shrink inside a 320 px pane: no horizontal scroll.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 860 });
    await button(page, 'Beräkna scenarier').click();
    await page.getByRole('heading', { name: 'Känslighetsanalys', level: 3 }).waitFor();
    // The engine on the same choice gives the same totals: P50 per alternative, in the pane's unit.
    const engine = simulate(stockholmSample(), {
      iterations: 1_000,
      seed: 4711,
      referenceClasses: { all: 'it-projects-black-swans', byLine: { [firstLine]: 'none' } },
    });
    const totals = await tableFigures(page.getByRole('table', { name: /^Totalkostnad .*spridning/ }));
    expect(totals.map((row) => row[2])).toEqual(
      engine.scenarios.map((s) => swedishNumber(formatMoney(s.total.p50, 'tkr', 'sv'))),
    );
    const drawnLines = engine.inputs.filter((i) => i.referenceClass === 'it-projects-black-swans').length;
    expect(await page.getByTestId('sensitivity-reference-classes').innerText()).toBe(
      `Referensklass (startvärden att ersätta med egna siffror): IT-projekt (Flyvbjerg & Budzier 2011: medel +27 %, var sjätte +200 %): ${drawnLines} kostnadsrader.`,
    );
    // A fat tail: the mean above the deterministic total in every alternative.
    for (const [likely, , , , mean] of totals) expect(mean).toBeGreaterThan(likely!);

    await button(page, 'Skriv till arbetsboken').click();
    await button(page, 'Skriv scenarieblad').click();
    await page.getByText(/Skrev \d+ blad/).waitFor();
    await page.getByRole('tab', { name: 'Känslighet' }).click();
    const sheet = page.locator('table[data-sheet="Känslighet"]');
    await sheet.getByText('Referensklasser: osäkerhet hämtad från jämförbara projekt').waitFor();
    const presetRow = await sheet
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs
          .map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()))
          .find((cells) => cells.some((c) => c.startsWith('IT-projekt (Flyvbjerg'))),
      );
    expect(presetRow).toContain(String(drawnLines));
    expect(presetRow!.some((c) => c.startsWith('Flyvbjerg, B. & Budzier, A. (2011).'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations on the sensitivity review, in the dark theme too', async () => {
    const found: string[] = [];
    for (const theme of ['light', 'dark']) {
      const { page } = await openPane(browser, origin, `?theme=${theme}`);
      await page.setViewportSize(PANE_WIDE);
      await startRead(page);
      await chooseSensitivity(page, { iterations: '1 000' });
      found.push(...(await seriousViolations(page, `choose-sensitivity-${theme}`)));
      await button(page, 'Beräkna scenarier').click();
      await page.getByRole('heading', { name: 'Känslighetsanalys', level: 3 }).waitFor();
      found.push(...(await seriousViolations(page, `review-sensitivity-${theme}`)));
      if (theme === 'dark') {
        await page.getByRole('group', { name: /Det som flyttar totalen mest/ }).scrollIntoViewIfNeeded();
        await shoot(page, '17-sensitivity-dark');
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it('keeps chart legends, swatches and tornado labels visible under forced colours (high contrast), light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPane(browser, origin);
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await startRead(page);
      await chooseSensitivity(page, { iterations: '1 000', seed: '4711' });
      await button(page, 'Beräkna scenarier').click();
      await page.getByRole('group', { name: /Det som flyttar totalen mest/ }).waitFor();
      const seen = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        // WCAG's contrast ratio between two colours.
        const contrast = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi! + 0.05) / (lo! + 0.05);
        };
        const background = getComputedStyle(document.querySelector('main')!).backgroundColor;
        const svgText = [...document.querySelectorAll('main svg text')].map((t) =>
          contrast(getComputedStyle(t).fill, background),
        );
        const legends = [...document.querySelectorAll('main li:has(> span[aria-hidden="true"])')];
        // The S-curves: axis labels and the "Troligt" mark in text, each curve in a colour that is not the background.
        const curveText = [...document.querySelectorAll('[data-testid="risk-curve"] svg text')].map((t) =>
          contrast(getComputedStyle(t).fill, background),
        );
        const curves = [...document.querySelectorAll('[data-testid="risk-curve"] polyline')].map(
          (line) => getComputedStyle(line).stroke,
        );
        // Axes, grid and the dashed deterministic-total mark: non-text graphics, WCAG 1.4.11 asks 3:1.
        const curveLines = [...document.querySelectorAll('[data-testid="risk-curve"] line')].map((line) =>
          contrast(getComputedStyle(line).stroke, background),
        );
        return {
          curveTexts: curveText.length,
          curveText: Math.min(...curveText),
          curves,
          curveLines: Math.min(...curveLines),
          forced: matchMedia('(forced-colors: active)').matches,
          svgTexts: svgText.length,
          svgText: Math.min(...svgText),
          legends: legends.length,
          legendText: Math.min(...legends.map((li) => contrast(getComputedStyle(li).color, background))),
          // A swatch is visible when it is painted in a colour of its own, not the page's background.
          swatches: legends.map((li) => getComputedStyle(li.querySelector('span')!).backgroundColor),
          background,
        };
      });
      await mkdir(ARTIFACTS, { recursive: true });
      await writeFile(join(ARTIFACTS, `forced-colors-${colorScheme}.json`), JSON.stringify(seen, null, 2));
      expect(seen.forced).toBe(true);
      expect(seen.svgTexts).toBeGreaterThan(10);
      expect(seen.svgText, colorScheme).toBeGreaterThanOrEqual(4.5);
      expect(seen.legends).toBeGreaterThanOrEqual(4);
      expect(seen.legendText, colorScheme).toBeGreaterThanOrEqual(4.5);
      for (const swatch of seen.swatches) {
        expect(swatch).not.toBe(seen.background);
        expect(swatch).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      }
      // The S-curves' labels (amounts, 0–100 %, "Troligt") and axes read, and every curve has a colour of its own.
      expect(seen.curveTexts).toBeGreaterThanOrEqual(4 * 6);
      expect(seen.curveText, colorScheme).toBeGreaterThanOrEqual(4.5);
      expect(seen.curveLines, colorScheme).toBeGreaterThanOrEqual(3);
      expect(seen.curves).toHaveLength(4);
      for (const stroke of seen.curves) {
        expect(stroke).not.toBe(seen.background);
        expect(stroke).not.toMatch(/rgba\(0, 0, 0, 0\)|none|transparent/);
      }
      // The tornado's two swatches (min, max) still differ from each other.
      expect(new Set(seen.swatches.slice(-2)).size).toBe(2);
      if (colorScheme === 'dark') {
        await scrollToTop(page.getByTestId('risk-picture'));
        await screenshot(page, 'forced-colors-risk-dark');
        await page.getByRole('group', { name: /Det som flyttar totalen mest/ }).scrollIntoViewIfNeeded();
        await screenshot(page, 'forced-colors-dark');
      }
      await page.close();
    }
  });

  it('cancels a 10 000-iteration sensitivity analysis: the worker stops, nothing is written, and the pane is usable', async () => {
    // ?stepDelayMs slows each slice of 1 000 iterations so there is time to press cancel.
    const { page, errors } = await openPane(browser, origin, '?stepDelayMs=400');
    await startRead(page);
    const tabs = await sheetTabs(page);
    await chooseSensitivity(page, { iterations: '10 000' });
    await button(page, 'Beräkna scenarier').click();
    await page.getByText(/Känslighetsanalys: [1-9][\d\s]* av 10\s000 iterationer/).waitFor();
    await shoot(page, '18-sensitivity-running');
    await button(page, 'Avbryt').click();
    await page.getByText('Beräkningen avbröts. Inget har skrivits till arbetsboken.').waitFor();
    expect(await button(page, '3. Välj').isDisabled()).toBe(false);
    expect(await button(page, '5. Granska').isDisabled()).toBe(true);
    // The worker was terminated: no late progress or result moves the pane on.
    await page.waitForTimeout(2500);
    expect(await heading(page, 'Beräkning').count()).toBe(1);
    expect(await page.getByText(/Känslighetsanalys: .* iterationer/).count()).toBe(0);
    expect(await sheetTabs(page)).toEqual(tabs);

    // Still usable: run it again to the end.
    await button(page, 'Beräkna igen').click();
    await page.getByRole('heading', { name: 'Känslighetsanalys', level: 3 }).waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('sensitivity-about').innerText()).toMatch(/10\s000 iterationer/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads at most 300 KB of gzipped JavaScript initially and becomes interactive quickly', async () => {
    const html = await readFile(join(dist, 'taskpane.html'), 'utf8');
    // Minified HTML may leave attribute values unquoted.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=("?)([^"\s>]+)\1/g)]
      .map((m) => m[2]!)
      .filter((src) => !src.startsWith('http'));
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    let raw = 0;
    for (const src of scripts) {
      const body = await readFile(join(dist, src.replace(/^\.?\//, '')));
      raw += body.length;
      gzipped += gzipSync(body, { level: 9 }).length;
    }
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { page } = await openPane(browser, origin);
      await startRead(page);
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    const median = times.sort((a, b) => a - b)[1]!;
    const metrics = {
      initialJsGzipKB: +(gzipped / 1024).toFixed(1),
      initialJsRawKB: +(raw / 1024).toFixed(1),
      scripts,
      timeToInteractiveMs: Math.round(median),
      runsMs: times.map(Math.round),
    };
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'metrics.json'), JSON.stringify(metrics, null, 2));
    expect(gzipped).toBeLessThanOrEqual(300 * 1024);
  });
});

/**
 * office.js as a stand-in: Office answers onReady after `readyAfterMs` (never
 * when null) naming Excel, reports the given theme, and Excel.run never
 * settles (there is no workbook here), so the pane stays at reading the
 * workbook. `window.setOfficeTheme(id)` changes Office's theme as the
 * analyst would in File → Account.
 */
function officeStandIn(readyAfterMs: number | null, theme: keyof typeof OFFICE_THEMES): string {
  const themes = JSON.stringify(OFFICE_THEMES);
  return `(() => {
    const themes = ${themes};
    const ids = { black: 0, colorful: 1, darkGray: 2, white: 3 };
    const themed = (id) => Object.assign({}, themes[id], { themeId: ids[id] });
    window.Office = {
      HostType: { Excel: 'Excel' },
      ThemeId: { Black: 0, Colorful: 1, DarkGray: 2, White: 3 },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: {},
      context: {
        displayLanguage: 'sv-SE',
        officeTheme: themed(${JSON.stringify(theme)}),
        requirements: { isSetSupported: () => true },
        document: {},
      },
      onReady: () => new Promise((resolve) => {
        if (${readyAfterMs} !== null) setTimeout(() => resolve({ host: 'Excel', platform: 'PC' }), ${readyAfterMs});
      }),
    };
    window.Excel = { run: () => new Promise(() => {}) };
    window.setOfficeTheme = (id) => { window.Office.context.officeTheme = themed(id); };
  })();`;
}

const IN_EXCEL = '?_host_Info=Excel$Win32$16.01$sv-SE$$$$0';

/** Excel's task pane on the desktop: 350 px wide. */
const PANE = { width: 350, height: 640 };

/** The pane's background colour as "rgb(r, g, b)". */
const paneBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor);

// Its own browser: the clock these tests move is installed for a whole browser context.
describe('task pane inside Office (office.js stand-in)', { timeout: 180_000 }, () => {
  let office: Browser;
  beforeAll(async () => {
    office = await launch();
  }, 120_000);
  afterAll(async () => {
    await office?.close();
  });

  it('keeps connecting to a slow Excel, never shows the sample, and says what to do after a long wait', async () => {
    const { page, errors } = await openPane(office, origin, IN_EXCEL, {
      officeJs: officeStandIn(null, 'white'),
      beforeLoad: (p) => p.clock.install(),
    });
    await page.getByText('Ansluter till Excel …').waitFor();
    // Well past the five seconds after which a plain browser would get the preview.
    await page.clock.fastForward(8_000);
    await page.getByText('Ansluter till Excel …').waitFor();
    expect(await page.getByText('Förhandsvisning utan Excel', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('tablist', { name: 'Blad' }).count()).toBe(0);
    expect(await page.getByText('Excel svarar inte').count()).toBe(0);
    await page.clock.fastForward(15_000);
    await page.getByText('Excel svarar inte').waitFor();
    await page.getByText(/Stäng fönstret och öppna tillägget igen/).waitFor();
    await page.getByText('Ansluter till Excel …').waitFor();
    await page.setViewportSize(PANE);
    await shoot(page, '21-connecting');
    expect(await seriousViolations(page, 'connecting')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts over Excel when a slow Office.onReady finally answers', async () => {
    const { page, errors } = await openPane(office, origin, IN_EXCEL, {
      officeJs: officeStandIn(12_000, 'white'),
      beforeLoad: (p) => p.clock.install(),
    });
    await page.getByText('Ansluter till Excel …').waitFor();
    await page.clock.fastForward(12_000);
    await heading(page, 'Arbetsboken').waitFor();
    await page.getByText('Läser arbetsboken …').waitFor();
    expect(await page.getByText('Förhandsvisning utan Excel', { exact: false }).count()).toBe(0);
    expect(await page.getByText('Ansluter till Excel …').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says it cannot start inside Office without office.js, instead of showing the sample', async () => {
    const { page } = await openPane(office, origin, IN_EXCEL); // office.js fails to load, as with no network
    await page.getByText('Tillägget kan inte starta').waitFor();
    await page.getByText(/office\.js\) kunde inte hämtas/).waitFor();
    expect(await page.getByText('Förhandsvisning utan Excel', { exact: false }).count()).toBe(0);
    await page.close();
  });

  it("follows Office's theme: Colorful at start, Black after a change in Excel, read again on focus", async () => {
    const { page, errors } = await openPane(office, origin, IN_EXCEL, { officeJs: officeStandIn(0, 'colorful') });
    await heading(page, 'Arbetsboken').waitFor();
    expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('colorful');
    expect(await paneBackground(page)).toBe('rgb(230, 230, 230)'); // Colorful's #E6E6E6
    await page.setViewportSize(PANE);
    await shoot(page, '22-colorful');
    expect(await seriousViolations(page, 'colorful')).toEqual([]);

    await page.evaluate(() => (window as unknown as { setOfficeTheme(id: string): void }).setOfficeTheme('black'));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForFunction(() => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'dark');
    expect(await paneBackground(page)).toBe('rgb(10, 10, 10)'); // Black's #0A0A0A
    expect(await seriousViolations(page, 'black')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
