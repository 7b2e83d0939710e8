/**
 * The browser tests' harness: build the task pane once with the real webpack
 * config into a temporary folder, serve it on localhost with a tiny static
 * server, and drive Debian's Chromium with playwright-core (never a
 * downloaded browser) in a fresh profile. office.js cannot load here (no
 * network; requests to it are aborted), so the page starts its preview over
 * the Excel emulation — the same adapter code that runs inside Excel. A test
 * may serve a stand-in office.js instead (PaneOptions.officeJs) to drive the
 * pane's path inside Office.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');
export const CHROMIUM = '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

/** Production build of the real config into a fresh folder; returns the folder. */
export async function buildOnce(): Promise<string> {
  // TASKPANE_DIST=<folder> reuses an existing production build (for iterating on the tests only).
  if (process.env.TASKPANE_DIST) return resolve(process.env.TASKPANE_DIST);
  const out = await mkdtemp(join(tmpdir(), 'skolkostnad-dist-'));
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ADDIN_BASE_URL: '' },
  });
  if (!existsSync(join(out, 'taskpane.html'))) throw new Error(`the build wrote no taskpane.html to ${out}`);
  return out;
}

export function serve(dir: string): Promise<{ server: Server; origin: string }> {
  // Not an async listener: the server does not await it, so a rejection would go unhandled.
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

export interface Browser {
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium); .ci/run does this in CI.`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'skolkostnad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 860 },
  });
  return {
    context,
    profile,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Requests the page made outside its own origin (office.js aside) — there must be none. */
export interface OpenedPage {
  page: Page;
  foreignRequests: string[];
  errors: string[];
}

export interface PaneOptions {
  /**
   * Serve this script as office.js instead of failing the request: a
   * stand-in for Office (a host that never answers, or answers late) so the
   * tests can drive the pane's path inside Office without Excel.
   */
  officeJs?: string;
  /** Runs after the routes are set and before the page loads (e.g. page.clock.install()). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export async function openPane(
  browser: Browser,
  origin: string,
  query = '',
  options: PaneOptions = {},
): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/appsforoffice|ERR_FAILED|net::/.test(message.text()))
      errors.push(message.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    const officeJs = url.startsWith('https://appsforoffice.microsoft.com/');
    if (officeJs && options.officeJs !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: options.officeJs });
    }
    // No network here, and office.js from Office's CDN must fail fast as it would offline.
    if (!officeJs) foreignRequests.push(url);
    return route.abort('internetdisconnected');
  });
  // Record Content-Security-Policy violations (an eval, a blocked chunk or worker) for the tests to check.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await options.beforeLoad?.(page);
  await page.goto(`${origin}/taskpane.html${query}`);
  return { page, foreignRequests, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
