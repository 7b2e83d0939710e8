/**
 * `npm start`: serves the task pane over https on localhost:3000 in the
 * background and prints how to sideload it in Excel on the web and where the
 * browser preview is. Never hangs on a sudo prompt (see devCertificate.ts);
 * `npm run stop` ends the server. Options: --http (plain http, preview only).
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chooseTransport, type Transport } from './devCertificate';
import { isAlive, LOG_FILE, PID_FILE, PORT, ROOT, runningPid, STATE_DIR } from './devServerState';

const STARTUP_TIMEOUT_MS = 180_000;

/** Resolves with the HTTP status of GET url, or undefined when nothing answers. */
function probe(url: string): Promise<number | undefined> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    // The certificate may be self-signed; this only asks whether the server is up.
    const req = request(url, { method: 'GET', rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

function startServer(transport: Transport): number {
  mkdirSync(STATE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, 'w');
  const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    // Own process group: `npm run stop` ends the server and everything it started with one signal.
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...transport.env, DEV_SERVER_PORT: String(PORT) },
  });
  child.unref();
  closeSync(log);
  writeFileSync(PID_FILE, `${child.pid}\n`);
  return child.pid!;
}

async function waitUntilServing(pid: number, url: string): Promise<boolean> {
  for (let waited = 0; waited < STARTUP_TIMEOUT_MS; waited += 500) {
    if (!isAlive(pid)) return false;
    if ((await probe(url)) === 200) return true;
    await sleep(500);
  }
  return false;
}

function logTail(lines = 15): string {
  try {
    return readFileSync(LOG_FILE, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function printInstructions(origin: string, transport: Transport): void {
  const manifest = join(ROOT, 'manifest.xml');
  console.log(`
Skolkostnad is served at ${origin}/taskpane.html (pid file .tmp/dev-server.pid, log .tmp/dev-server.log).
${transport.note}

Browser preview (outside Excel, on the built-in sample workbook):
  ${origin}/taskpane.html

Sideload in Excel on the web (works from Linux):
  1. Open a workbook in Excel on the web (https://www.office.com).
  2. Insert → Add-ins → Upload My Add-in (Infoga → Tillägg → Ladda upp mitt tillägg).
  3. Choose ${manifest} and Upload.
  4. Home → Kostnadsscenarier opens the task pane.
Excel desktop on Windows or Mac: see docs/install-and-deploy.md.

Stop the server with: npm run stop`);
}

async function main(): Promise<number> {
  const http = process.argv.includes('--http');
  const already = runningPid();
  if (already !== undefined) {
    console.log(`The dev server is already running (pid ${already}); \`npm run stop\` ends it.`);
    return 0;
  }
  let transport = await chooseTransport({ http });
  let origin = `${transport.protocol}://localhost:${PORT}`;
  console.log(`Starting the dev server on ${origin} …`);
  let pid = startServer(transport);
  let serving = await waitUntilServing(pid, `${origin}/taskpane.html`);
  if (!serving && !isAlive(pid) && transport.protocol === 'https' && !logTail(50).includes('EADDRINUSE')) {
    console.warn(
      `https did not start:\n${logTail()}\nRetrying with plain http (enough for the browser preview; Excel needs https).`,
    );
    transport = await chooseTransport({ http: true });
    origin = `http://localhost:${PORT}`;
    pid = startServer(transport);
    serving = await waitUntilServing(pid, `${origin}/taskpane.html`);
  }
  if (!serving) {
    if (isAlive(pid)) process.kill(-pid, 'SIGTERM');
    console.error(`The dev server did not come up on ${origin}. Last lines of .tmp/dev-server.log:\n${logTail()}`);
    return 1;
  }
  printInstructions(origin, transport);
  return 0;
}

process.exitCode = await main();
