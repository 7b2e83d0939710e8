/**
 * The last resort of every command-line entry (scenarios, template, demo):
 * an error nobody expected — a bug, not a problem in the user's workbook or
 * paths, which have messages of their own — becomes one bilingual line and
 * exit code 3. Never a stack trace or a library's English text on its own:
 * the stack only with SKOLKOSTNAD_DEBUG=1, for whoever fixes the bug.
 */

export const INTERNAL_ERROR_EXIT = 3;
export const DEBUG_ENV = 'SKOLKOSTNAD_DEBUG';

/** The words for an unexpected error; `env` is process.env (tests pass their own). */
export function internalErrorText(error: unknown, env: Record<string, string | undefined>): string {
  const kind = error instanceof Error ? error.name : typeof error;
  const line =
    `Internt fel i programmet (${kind}); det är ett fel hos oss, inte i dina filer. ` +
    `Kör igen med ${DEBUG_ENV}=1 för detaljer och rapportera dem. / ` +
    `Internal error in the program (${kind}); a fault on our side, not in your files. ` +
    `Run again with ${DEBUG_ENV}=1 for the details and report them.`;
  if (!debugOn(env)) return `${line}\n`;
  const details = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `${line}\n${details}\n`;
}

function debugOn(env: Record<string, string | undefined>): boolean {
  const value = env[DEBUG_ENV];
  return value !== undefined && value !== '' && value !== '0';
}

/**
 * Runs an entry's main and exits with its code; anything it throws (or
 * rejects with) is reported by internalErrorText and exits 3.
 */
export function runEntry(main: () => Promise<number>): void {
  // main runs now; should it throw instead of rejecting, the promise rejects with what it threw.
  const pending = new Promise<number>((resolve) => resolve(main()));
  pending.then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(internalErrorText(error, process.env));
      process.exit(INTERNAL_ERROR_EXIT);
    },
  );
}
