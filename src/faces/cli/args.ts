/**
 * Hand-written argument parsing for `npm run scenarios` (no dependency for
 * a handful of options). Pure: argv in, a decision out; the entry point does the IO.
 */

import { REFERENCE_CLASSES, isReferenceClassId } from '../../engine/simulation';
import type { DistributionKind, ReferenceClassId } from '../../engine/simulation';
import { DEFAULT_SEED, MAX_ITERATIONS, MAX_SEED, MIN_ITERATIONS, type SimulationRequest } from './simulation';

import type { Language } from '../../engine/text';

export type { Language };

export interface ScenarioArgs {
  input: string;
  output?: string;
  json?: string;
  language: Language;
  inPlace: boolean;
  illustrative: boolean;
  /** Run the Monte Carlo simulation and write the sensitivity sheet (--simulate). */
  simulation?: SimulationRequest;
  /** Delete every generated sheet instead of writing scenarios (--remove-generated). */
  removeGenerated: boolean;
  /** Go ahead although formulas of the analyst's refer to sheets that go (--confirm-removal). */
  confirmRemoval: boolean;
  /** With --in-place: overwrite generated sheets edited by hand (--overwrite-edits). */
  overwriteEdits: boolean;
}

export type Parsed<T> = { kind: 'run'; args: T } | { kind: 'help' } | { kind: 'usageError'; message: string };

/**
 * What a command does with its parsed arguments before it runs: asked for
 * help, its usage on stdout and exit code 0; a usage error, the message and
 * the usage on stderr and exit code 2. The arguments to run with otherwise.
 */
export function argsOrExit<T>(parsed: Parsed<T>, usage: string): { args: T } | { exit: number } {
  if (parsed.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    return { exit: 0 };
  }
  if (parsed.kind === 'usageError') {
    process.stderr.write(`${parsed.message}\n\n${usage}\n`);
    return { exit: 2 };
  }
  return { args: parsed.args };
}

export const SCENARIOS_USAGE = `Användning / usage:
  npm run scenarios -- <indata.xlsx> [-o <utdata.xlsx>] [--json <sammanfattning.json>] [--lang sv|en] [--in-place]
                       [--simulate <iterationer|auto> [--seed <n>] [--distribution pert|triangular]
                        [--reference-class <id>]]
                       [--confirm-removal] [--overwrite-edits]
  npm run scenarios -- <indata.xlsx> --remove-generated [-o <utdata.xlsx>] [--in-place] [--confirm-removal]

Läser kostnads-, kontrakts- och resursbladen i arbetsboken och skriver
scenariobladen (ett per kontraktsalternativ, jämförelse, FLG-sammanfattning)
i en kopia. Indatafilen skrivs aldrig över utan --in-place.

  -o, --output <fil>   utdatafil (standard: <indata>-scenarier.xlsx bredvid indata)
  --json <fil>         skriv också en sammanfattning i JSON (docs/summary-schema.md)
  --lang sv|en         språk för blad och meddelanden (standard: sv)
  --in-place           skriv scenariobladen i själva indatafilen
  --illustrative       märk alla blad "Illustrativa siffror"
  --simulate <n|auto>  kör Monte Carlo-simuleringen och skriv bladet Känslighet:
                       n iterationer (${MIN_ITERATIONS}–${MAX_ITERATIONS}, t.ex. 10000) eller auto (tills
                       P50 ligger inom ±0,5 % med 95 % säkerhet)
  --seed <n>           slumpfrö, ett heltal 0–${MAX_SEED} (standard: ${DEFAULT_SEED}); samma frö ger
                       samma resultat. Kräver --simulate
  --distribution pert|triangular
                       fördelning mellan min, troligt och max (standard: pert). Kräver --simulate
  --reference-class <id>
                       dra alla kostnadsrader som troligt belopp × (1 + kostnadsökning) från en
                       referensklass: ${REFERENCE_CLASSES.map((c) => c.id).join(', ')}
                       (docs/sensitivity.md; startvärden att ersätta med egna siffror). Kräver --simulate
  --remove-generated   ta bort alla genererade blad (scenarier, jämförelse, sammanfattning,
                       känslighet) i stället för att skriva dem; indatablad och egna blad rörs aldrig
  --confirm-removal    ta bort genererade blad även om formler i dina egna blad pekar på dem
                       (utan det: inget skrivs, formlerna listas)
  --overwrite-edits    med --in-place: skriv över genererade blad som ändrats för hand (utan det:
                       inget skrivs, bladen listas; i en kopia finns ändringarna kvar i indatafilen)
  -h, --help           visa denna hjälp

Slutkoder / exit codes: 0 klart / done, 1 fel i indata / input problems, 2 fel användning / usage error.`;

function parseIterations(value: string): number | 'auto' | { error: string } {
  if (value === 'auto') return 'auto';
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < MIN_ITERATIONS || n > MAX_ITERATIONS) {
    return {
      error: `--simulate: '${value}' — ange ett heltal ${MIN_ITERATIONS}–${MAX_ITERATIONS} eller auto / give a whole number ${MIN_ITERATIONS}–${MAX_ITERATIONS} or auto`,
    };
  }
  return n;
}

function parseSeed(value: string): number | { error: string } {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n > MAX_SEED) {
    return { error: `--seed: '${value}' — ange ett heltal 0–${MAX_SEED} / give a whole number 0–${MAX_SEED}` };
  }
  return n;
}

function parseDistribution(value: string): DistributionKind | { error: string } {
  if (value === 'pert' || value === 'triangular') return value;
  return { error: `--distribution: '${value}' — välj pert eller triangular / choose pert or triangular` };
}

function parseReferenceClass(value: string): ReferenceClassId | { error: string } {
  if (isReferenceClassId(value)) return value;
  const ids = REFERENCE_CLASSES.map((c) => c.id).join(', ');
  return { error: `--reference-class: '${value}' — välj / choose ${ids}` };
}

function takeValue(argv: string[], i: number, flag: string): string | { error: string } {
  const value = argv[i + 1];
  if (value === undefined || (value.startsWith('-') && value !== '-')) {
    return { error: `${flag} behöver ett värde / needs a value` };
  }
  return value;
}

export function parseScenarioArgs(argv: string[]): Parsed<ScenarioArgs> {
  const positional: string[] = [];
  let output: string | undefined;
  let json: string | undefined;
  let language: Language = 'sv';
  let inPlace = false;
  let illustrative = false;
  let iterations: number | 'auto' | undefined;
  let seed: number | undefined;
  let distribution: DistributionKind | undefined;
  let referenceClass: ReferenceClassId | undefined;
  let removeGenerated = false;
  let confirmRemoval = false;
  let overwriteEdits = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!; // i < argv.length; not for…of, since a flag's value advances i
    switch (arg) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-o':
      case '--output':
      case '--json':
      case '--lang': {
        const value = takeValue(argv, i, arg);
        if (typeof value !== 'string') return { kind: 'usageError', message: value.error };
        i++;
        if (arg === '--json') json = value;
        else if (arg === '--lang') {
          if (value !== 'sv' && value !== 'en') {
            return { kind: 'usageError', message: `--lang: '${value}' — välj sv eller en / choose sv or en` };
          }
          language = value;
        } else output = value;
        break;
      }
      case '--simulate':
      case '--seed':
      case '--distribution':
      case '--reference-class': {
        const value = takeValue(argv, i, arg);
        if (typeof value !== 'string') return { kind: 'usageError', message: value.error };
        i++;
        if (arg === '--simulate') {
          const parsed = parseIterations(value);
          if (typeof parsed === 'object') return { kind: 'usageError', message: parsed.error };
          iterations = parsed;
        } else if (arg === '--seed') {
          const parsed = parseSeed(value);
          if (typeof parsed === 'object') return { kind: 'usageError', message: parsed.error };
          seed = parsed;
        } else if (arg === '--reference-class') {
          const parsed = parseReferenceClass(value);
          if (typeof parsed === 'object') return { kind: 'usageError', message: parsed.error };
          referenceClass = parsed;
        } else {
          const parsed = parseDistribution(value);
          if (typeof parsed === 'object') return { kind: 'usageError', message: parsed.error };
          distribution = parsed;
        }
        break;
      }
      case '--in-place':
        inPlace = true;
        break;
      case '--illustrative':
        illustrative = true;
        break;
      case '--remove-generated':
        removeGenerated = true;
        break;
      case '--confirm-removal':
        confirmRemoval = true;
        break;
      case '--overwrite-edits':
        overwriteEdits = true;
        break;
      default:
        if (arg.startsWith('-') && arg.length > 1) {
          return { kind: 'usageError', message: `okänt val / unknown option: ${arg}` };
        }
        positional.push(arg);
    }
  }
  const [input] = positional;
  if (input === undefined) return { kind: 'usageError', message: 'ange en indatafil / give an input file' };
  if (positional.length > 1) {
    return { kind: 'usageError', message: `en indatafil i taget / one input file at a time: ${positional.join(', ')}` };
  }
  if (inPlace && output !== undefined) {
    return {
      kind: 'usageError',
      message: '--in-place och -o utesluter varandra / --in-place and -o exclude each other',
    };
  }
  if (iterations === undefined && (seed !== undefined || distribution !== undefined || referenceClass !== undefined)) {
    const flag = seed !== undefined ? '--seed' : distribution !== undefined ? '--distribution' : '--reference-class';
    return { kind: 'usageError', message: `${flag} gäller bara med --simulate / only applies with --simulate` };
  }
  if (removeGenerated && (iterations !== undefined || json !== undefined)) {
    const flag = iterations !== undefined ? '--simulate' : '--json';
    return {
      kind: 'usageError',
      message: `--remove-generated och ${flag} utesluter varandra / --remove-generated and ${flag} exclude each other`,
    };
  }
  const simulation: SimulationRequest | undefined =
    iterations === undefined
      ? undefined
      : {
          iterations,
          seed: seed ?? DEFAULT_SEED,
          distribution: distribution ?? 'pert',
          ...(referenceClass ? { referenceClass } : {}),
        };
  return {
    kind: 'run',
    args: {
      input,
      output,
      json,
      language,
      inPlace,
      illustrative,
      simulation,
      removeGenerated,
      confirmRemoval,
      overwriteEdits,
    },
  };
}

export const DEMO_USAGE = `Användning / usage:
  npm run demo [-- --lang sv|en]

Räknar fram scenarierna för Stockholms exempeldata (illustrativa siffror)
med känslighetsanalys och skriver dem till out/stockholm-scenarier.xlsx
(engelska blad: out/stockholm-scenarios.xlsx). För din egen arbetsbok:
npm run scenarios -- <fil.xlsx>.

Computes the scenarios of the Stockholm sample (illustrative figures) with a
sensitivity analysis and writes them to out/stockholm-scenarier.xlsx
(English sheets: out/stockholm-scenarios.xlsx). For your own workbook:
npm run scenarios -- <file.xlsx>.`;

export interface DemoArgs {
  language: Language;
}

/** `demo` takes its language and a request for its usage; anything else is a mistake worth saying, not ignoring. */
export function parseDemoArgs(argv: string[]): Parsed<DemoArgs> {
  let language: Language = 'sv';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!; // not for…of: --lang's value advances i
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'sv' && value !== 'en') return { kind: 'usageError', message: '--lang sv|en' };
      language = value;
    } else return { kind: 'usageError', message: `okänt argument / unknown argument: ${arg}` };
  }
  return { kind: 'run', args: { language } };
}

export const TEMPLATE_USAGE = `Användning / usage:
  npm run template -- <fil.xlsx> [--lang sv|en] [--force]

Skriver en tom indataarbetsbok med bladen, rubrikerna, rullistorna och en
exempelrad per tabell. En befintlig fil skrivs inte över utan --force.`;

export interface TemplateArgs {
  output: string;
  language: Language;
  force: boolean;
}

export function parseTemplateArgs(argv: string[]): Parsed<TemplateArgs> {
  const positional: string[] = [];
  let language: Language = 'sv';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!; // i < argv.length; not for…of, since --lang's value advances i
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--force') force = true;
    else if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'sv' && value !== 'en') return { kind: 'usageError', message: '--lang sv|en' };
      language = value;
    } else if (arg.startsWith('-') && arg.length > 1) {
      return { kind: 'usageError', message: `okänt val / unknown option: ${arg}` };
    } else positional.push(arg);
  }
  const [output] = positional;
  if (output === undefined || positional.length > 1) {
    return { kind: 'usageError', message: 'ange en utdatafil / give one output file' };
  }
  return { kind: 'run', args: { output, language, force } };
}
