/**
 * Starts a command-line command (`npm run demo` / `scenarios` / `template`)
 * from its compiled bundle in build/cli/ (webpack.cli.config.js), not from
 * TypeScript through tsx: tsx compiled the sources on every call, 0.7–1.7 s
 * of a demo's 2–4 s (issue 13).
 *
 * `npm ci` builds the bundles (the prepare script: `node scripts/cli.mjs
 * --build`). When a source is newer than the build — an edit, a checkout,
 * another package-lock.json — this rebuilds first and says so on stderr, so
 * a command never runs yesterday's code. The check reads the modification
 * times of src/ and the build inputs (about 300 files, a few milliseconds).
 *
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(root, 'build', 'cli');
/** Written after a successful build: when that build started (ms since the epoch). */
const STAMP = join(OUTPUT, 'built-at.json');
const COMMANDS = ['demo', 'scenarios', 'template'];
/** What `--help` prints, and an unknown command after its message; each command's `--help` says more. */
const OVERVIEW = `Användning / usage:
  npm run demo                                  exempeldata → out/stockholm-scenarier.xlsx / the sample
  npm run scenarios -- <indata.xlsx> [val]      din arbetsbok → scenarier / your workbook → scenarios
  npm run template -- <fil.xlsx> [--lang sv|en] tom indataarbetsbok / an empty input workbook
  npm run <kommando> -- --help                  mer om ett kommando / more about a command
Handbok / guide: docs/cli.md`;
/** Besides src/: what else changes the bundles. */
const BUILD_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'webpack.cli.config.js'];

function newestSourceTime() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(join(root, 'src'));
  for (const file of BUILD_INPUTS) {
    try {
      newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
    } catch {
      // package-lock.json may be absent in a copy of the sources; the others are in the repository.
    }
  }
  return newest;
}

/** Start time of the last successful build, or undefined when there is none (or a bundle is missing). */
function builtAt() {
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    for (const name of COMMANDS) statSync(join(OUTPUT, `${name}.mjs`));
    return typeof stamp.startedAt === 'number' ? stamp.startedAt : undefined;
  } catch {
    return undefined;
  }
}

/** Builds with webpack's Node API (loaded only here: it takes longer to load than a command to run). */
async function build() {
  const startedAt = Date.now();
  const { default: webpack } = await import('webpack');
  const { default: config } = await import(pathToFileURL(join(root, 'webpack.cli.config.js')).href);
  const stats = await new Promise((resolve, reject) => {
    webpack(config()).run((error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) {
    process.stderr.write(`${stats.toString({ all: false, errors: true })}\n`);
    throw new Error('webpack reported errors');
  }
  writeFileSync(STAMP, `${JSON.stringify({ startedAt })}\n`);
}

/** True when the bundles are there and up to date, after building them if needed; false (said on stderr) when the build failed. */
async function ensureBuilt(quietWhenFresh) {
  const stamp = builtAt();
  if (stamp !== undefined && stamp >= newestSourceTime()) {
    if (!quietWhenFresh) process.stderr.write('Kommandoraden är redan byggd. / The command line is already built.\n');
    return true;
  }
  process.stderr.write(
    `${stamp === undefined ? 'Bygger' : 'Bygger om'} kommandoraden (build/cli) … / ` +
      `${stamp === undefined ? 'Building' : 'Rebuilding'} the command line (build/cli) …\n`,
  );
  try {
    await build();
    return true;
  } catch (error) {
    process.stderr.write(
      'Kunde inte bygga kommandoraden (build/cli); kör `npm ci` igen. / ' +
        'Could not build the command line (build/cli); run `npm ci` again.\n' +
        `${error instanceof Error ? error.message : String(error)}\n`,
    );
    return false;
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '--build') {
    if (!(await ensureBuilt(false))) process.exitCode = 1;
    return;
  }
  if (command === '-h' || command === '--help') {
    process.stdout.write(`${OVERVIEW}\n`);
    return;
  }
  if (!COMMANDS.includes(command)) {
    process.stderr.write(
      `Okänt kommando "${command ?? ''}": välj ${COMMANDS.join(', ')}. / ` +
        `Unknown command "${command ?? ''}": choose ${COMMANDS.join(', ')}.\n\n${OVERVIEW}\n`,
    );
    process.exitCode = 2;
    return;
  }
  if (!(await ensureBuilt(true))) {
    process.exitCode = 1;
    return;
  }
  const bundle = join(OUTPUT, `${command}.mjs`);
  // The command sees itself as started directly (scenarios.ts compares argv[1] with its own URL) with its own arguments.
  process.argv = [process.argv[0], bundle, ...rest];
  if (process.env.SKOLKOSTNAD_DEBUG && process.env.SKOLKOSTNAD_DEBUG !== '0') process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
}

await main();
