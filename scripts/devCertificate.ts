/**
 * Chooses how the dev server speaks https. Office's dev certificates are
 * best (Excel trusts them once installed), but installing their CA on Linux
 * runs `sudo`, which would prompt for a password or hang; so the attempt runs
 * in its own session (no terminal: sudo fails fast instead of prompting) with a
 * time limit, and `npm start` falls back rather than failing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROOT, STATE_DIR } from './devServerState';

export interface Transport {
  protocol: 'https' | 'http';
  /** Environment for webpack.config.js (DEV_SERVER_CERT_DIR / DEV_SERVER_HTTP). */
  env: Record<string, string>;
  /** One paragraph for the user: which certificate, and what to do if the browser complains. */
  note: string;
}

const OFFICE_CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const ATTEMPT_TIMEOUT_MS = 20_000;

const hasOfficeCertificate = (): boolean =>
  existsSync(join(OFFICE_CERT_DIR, 'localhost.crt')) && existsSync(join(OFFICE_CERT_DIR, 'localhost.key'));

export interface Attempt {
  ok: boolean;
  detail: string;
}

const OFFICE_DEV_CERTS_SCRIPT =
  "require('office-addin-dev-certs').getHttpsServerOptions()" +
  '.then(() => process.exit(0), (e) => { console.error(String(e && e.message || e)); process.exit(1); });';

/** Runs office-addin-dev-certs' "ensure installed" in a detached child; ok when it succeeded in time. */
function tryOfficeDevCerts(timeoutMs: number): Promise<Attempt> {
  return runDetached(OFFICE_DEV_CERTS_SCRIPT, timeoutMs);
}

/**
 * Runs a Node script in its own session with no terminal and no stdin, and
 * kills its whole process group when it has not finished within `timeoutMs`:
 * a child that asks for a password (sudo) fails fast or is given up on, never
 * waited for. Exported for the tests.
 */
export function runDetached(script: string, timeoutMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve({ ok: false, detail: `gave up after ${timeoutMs / 1000} s (probably waiting for sudo)` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, detail: output.trim().split('\n').slice(-3).join(' ') });
    });
  });
}

export interface TransportOptions {
  http: boolean;
  /** The attempt to install Office's dev certificates (tests replace it); default the real one, 20 s limit. */
  attempt?: () => Promise<Attempt>;
  /** Whether Office's dev certificate files exist (tests replace it). */
  hasCertificate?: () => boolean;
}

export async function chooseTransport(options: TransportOptions): Promise<Transport> {
  if (options.http) {
    return {
      protocol: 'http',
      env: { DEV_SERVER_HTTP: '1' },
      note: 'Plain http (asked for with --http): fine for the browser preview; Excel itself needs https.',
    };
  }
  const attempt = await (options.attempt ?? (() => tryOfficeDevCerts(ATTEMPT_TIMEOUT_MS)))();
  if (attempt.ok) {
    return {
      protocol: 'https',
      env: { DEV_SERVER_CERT_DIR: OFFICE_CERT_DIR },
      note: `Certificate: Office's dev certificate (${OFFICE_CERT_DIR}), installed and trusted.`,
    };
  }
  if ((options.hasCertificate ?? hasOfficeCertificate)()) {
    return {
      protocol: 'https',
      env: { DEV_SERVER_CERT_DIR: OFFICE_CERT_DIR },
      note:
        `Certificate: Office's dev certificate (${OFFICE_CERT_DIR}), but its CA could not be installed as trusted (${attempt.detail}).\n` +
        `  To trust it: run \`sudo npx office-addin-dev-certs install\` once, or import ${join(OFFICE_CERT_DIR, 'ca.crt')} as an\n` +
        '  authority in your browser; until then open the address below once and accept the warning.',
    };
  }
  // No Office certificate at all: an empty folder makes webpack.config.js let webpack-dev-server self-sign.
  const none = join(STATE_DIR, 'no-certificate');
  mkdirSync(none, { recursive: true });
  return {
    protocol: 'https',
    env: { DEV_SERVER_CERT_DIR: none },
    note:
      `Certificate: self-signed by webpack-dev-server (Office's dev certificates were not available: ${attempt.detail}).\n` +
      '  Open the address below once and accept the warning; Excel on the web then loads the pane from it.',
  };
}
