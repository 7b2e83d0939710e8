/**
 * Hand-written argument parsing for `npm run scenarios` (no dependency for
 * five options). Pure: argv in, a decision out; the entry point does the IO.
 */

export type Language = 'sv' | 'en';

export interface ScenarioArgs {
  input: string;
  output?: string;
  json?: string;
  language: Language;
  inPlace: boolean;
  illustrative: boolean;
}

export type Parsed<T> = { kind: 'run'; args: T } | { kind: 'help' } | { kind: 'usageError'; message: string };

export const SCENARIOS_USAGE = `Användning / usage:
  npm run scenarios -- <indata.xlsx> [-o <utdata.xlsx>] [--json <sammanfattning.json>] [--lang sv|en] [--in-place]

Läser kostnads-, kontrakts- och resursbladen i arbetsboken och skriver
scenariobladen (ett per kontraktsalternativ, jämförelse, FLG-sammanfattning)
i en kopia. Indatafilen skrivs aldrig över utan --in-place.

  -o, --output <fil>   utdatafil (standard: <indata>-scenarier.xlsx bredvid indata)
  --json <fil>         skriv också en sammanfattning i JSON (docs/summary-schema.md)
  --lang sv|en         språk för blad och meddelanden (standard: sv)
  --in-place           skriv scenariobladen i själva indatafilen
  --illustrative       märk alla blad "Illustrativa siffror"
  -h, --help           visa denna hjälp

Slutkoder / exit codes: 0 klart / done, 1 fel i indata / input problems, 2 fel användning / usage error.`;

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
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
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
      case '--in-place':
        inPlace = true;
        break;
      case '--illustrative':
        illustrative = true;
        break;
      default:
        if (arg.startsWith('-') && arg.length > 1) {
          return { kind: 'usageError', message: `okänt val / unknown option: ${arg}` };
        }
        positional.push(arg);
    }
  }
  if (positional.length === 0) return { kind: 'usageError', message: 'ange en indatafil / give an input file' };
  if (positional.length > 1) {
    return { kind: 'usageError', message: `en indatafil i taget / one input file at a time: ${positional.join(', ')}` };
  }
  if (inPlace && output !== undefined) {
    return { kind: 'usageError', message: '--in-place och -o utesluter varandra / --in-place and -o exclude each other' };
  }
  return { kind: 'run', args: { input: positional[0], output, json, language, inPlace, illustrative } };
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
    const arg = argv[i];
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
  if (positional.length !== 1) return { kind: 'usageError', message: 'ange en utdatafil / give one output file' };
  return { kind: 'run', args: { output: positional[0], language, force } };
}
