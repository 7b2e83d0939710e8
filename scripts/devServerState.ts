/**
 * Where `npm start` keeps the running dev server's state (pid and log under
 * .tmp/, which git ignores), shared by start.ts and stop.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STATE_DIR = join(ROOT, '.tmp');
export const PID_FILE = join(STATE_DIR, 'dev-server.pid');
export const LOG_FILE = join(STATE_DIR, 'dev-server.log');
export const PORT = Number(process.env.DEV_SERVER_PORT ?? 3000);

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The recorded dev server's pid when that process still runs. */
export function runningPid(): number | undefined {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}
