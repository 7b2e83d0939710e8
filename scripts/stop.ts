/**
 * `npm run stop`: stops the dev server that `npm start` left running, by the
 * process id in .tmp/dev-server.pid (its whole process group: webpack-cli and
 * anything it spawned), then removes the pid file.
 */
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, PID_FILE, runningPid } from './devServerState';

async function stop(): Promise<number> {
  const pid = runningPid();
  if (pid === undefined) {
    rmSync(PID_FILE, { force: true });
    console.log('No dev server is running (nothing recorded in .tmp/dev-server.pid).');
    return 0;
  }
  // start.ts spawns the server detached, so its pid is also its process group id.
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; waited < 5000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(-pid, 'SIGKILL');
  rmSync(PID_FILE, { force: true });
  console.log(`Stopped the dev server (pid ${pid}).`);
  return 0;
}

process.exitCode = await stop();
