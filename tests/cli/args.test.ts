import { describe, expect, it } from 'vitest';
import { parseDemoArgs, parseScenarioArgs, parseTemplateArgs } from '../../src/faces/cli/args';

describe('parseScenarioArgs', () => {
  it('happy path: an input with defaults (Swedish, a copy, no JSON)', () => {
    expect(parseScenarioArgs(['budget.xlsx'])).toEqual({
      kind: 'run',
      args: {
        input: 'budget.xlsx',
        output: undefined,
        json: undefined,
        language: 'sv',
        inPlace: false,
        illustrative: false,
        removeGenerated: false,
        confirmRemoval: false,
        overwriteEdits: false,
      },
    });
  });

  it('takes every option in any order', () => {
    expect(
      parseScenarioArgs(['--lang', 'en', '--json', 's.json', 'in.xlsx', '-o', 'out.xlsx', '--illustrative']),
    ).toEqual({
      kind: 'run',
      args: {
        input: 'in.xlsx',
        output: 'out.xlsx',
        json: 's.json',
        language: 'en',
        inPlace: false,
        illustrative: true,
        removeGenerated: false,
        confirmRemoval: false,
        overwriteEdits: false,
      },
    });
    expect(parseScenarioArgs(['in.xlsx', '--in-place'])).toMatchObject({ kind: 'run', args: { inPlace: true } });
    expect(parseScenarioArgs(['--confirm-removal', 'in.xlsx', '--remove-generated'])).toMatchObject({
      kind: 'run',
      args: { removeGenerated: true, confirmRemoval: true },
    });
  });

  it('asks for help with -h or --help, wherever it stands', () => {
    expect(parseScenarioArgs(['in.xlsx', '--help'])).toEqual({ kind: 'help' });
    expect(parseScenarioArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'input file'],
    [['a.xlsx', 'b.xlsx'], 'one input file'],
    [['a.xlsx', '--lang', 'de'], 'sv or en'],
    [['a.xlsx', '-o'], 'needs a value'],
    [['a.xlsx', '--json', '--lang', 'sv'], 'needs a value'],
    [['a.xlsx', '--force'], 'unknown option'],
    [['a.xlsx', '--in-place', '-o', 'b.xlsx'], 'exclude each other'],
  ])('given %j it is a usage error mentioning %s', (argv, words) => {
    const parsed = parseScenarioArgs(argv);
    expect(parsed.kind).toBe('usageError');
    expect(parsed.kind === 'usageError' && parsed.message).toContain(words);
  });

  it('asks for no simulation unless --simulate is given', () => {
    const parsed = parseScenarioArgs(['in.xlsx']);
    expect(parsed.kind === 'run' && parsed.args.simulation).toBeUndefined();
  });

  it('simulates with the documented seed 2024 and PERT when only --simulate is given', () => {
    expect(parseScenarioArgs(['in.xlsx', '--simulate', '10000'])).toMatchObject({
      kind: 'run',
      args: { simulation: { iterations: 10_000, seed: 2024, distribution: 'pert' } },
    });
  });

  it('takes auto, a seed and the triangular distribution, in any order', () => {
    expect(
      parseScenarioArgs(['--distribution', 'triangular', 'in.xlsx', '--seed', '0', '--simulate', 'auto']),
    ).toMatchObject({
      kind: 'run',
      args: { input: 'in.xlsx', simulation: { iterations: 'auto', seed: 0, distribution: 'triangular' } },
    });
    expect(parseScenarioArgs(['in.xlsx', '--simulate', '100', '--seed', '4294967295'])).toMatchObject({
      args: { simulation: { iterations: 100, seed: 4294967295 } },
    });
  });

  it('draws every cost line from a reference-class preset with --reference-class', () => {
    expect(
      parseScenarioArgs(['in.xlsx', '--simulate', '1000', '--reference-class', 'it-projects-black-swans']),
    ).toMatchObject({
      kind: 'run',
      args: { simulation: { iterations: 1_000, seed: 2024, referenceClass: 'it-projects-black-swans' } },
    });
    const plain = parseScenarioArgs(['in.xlsx', '--simulate', '1000']);
    expect(plain.kind === 'run' && plain.args.simulation).not.toHaveProperty('referenceClass');
  });

  it.each([
    [['a.xlsx', '--simulate'], 'needs a value'],
    [['a.xlsx', '--simulate', 'många'], 'whole number 100–100000 or auto'],
    [['a.xlsx', '--simulate', '99'], 'whole number 100–100000 or auto'],
    [['a.xlsx', '--simulate', '100001'], 'whole number 100–100000 or auto'],
    [['a.xlsx', '--simulate', '1e4'], 'whole number 100–100000 or auto'],
    [['a.xlsx', '--simulate', '1000', '--seed', '1.5'], 'whole number 0–4294967295'],
    [['a.xlsx', '--simulate', '1000', '--seed', '4294967296'], 'whole number 0–4294967295'],
    [['a.xlsx', '--simulate', '1000', '--seed', '-1'], 'needs a value'],
    [['a.xlsx', '--simulate', '1000', '--distribution', 'normal'], 'choose pert or triangular'],
    [['a.xlsx', '--seed', '7'], '--seed gäller bara med --simulate / only applies'],
    [['a.xlsx', '--distribution', 'pert'], '--distribution gäller bara med --simulate / only applies'],
    [['a.xlsx', '--simulate', '1000', '--reference-class', 'it'], 'choose it-development-optimism-bias, it-projects'],
    [
      ['a.xlsx', '--reference-class', 'swedish-state-projects'],
      '--reference-class gäller bara med --simulate / only applies',
    ],
  ])('given %j it is a usage error mentioning %s', (argv, words) => {
    const parsed = parseScenarioArgs(argv);
    expect(parsed.kind).toBe('usageError');
    expect(parsed.kind === 'usageError' && parsed.message).toContain(words);
  });
});

describe('parseTemplateArgs', () => {
  it('happy path and options', () => {
    expect(parseTemplateArgs(['mall.xlsx'])).toEqual({
      kind: 'run',
      args: { output: 'mall.xlsx', language: 'sv', force: false },
    });
    expect(parseTemplateArgs(['--lang', 'en', 'x.xlsx', '--force'])).toEqual({
      kind: 'run',
      args: { output: 'x.xlsx', language: 'en', force: true },
    });
  });
  it('needs exactly one file', () => {
    expect(parseTemplateArgs([]).kind).toBe('usageError');
    expect(parseTemplateArgs(['a.xlsx', 'b.xlsx']).kind).toBe('usageError');
  });
});

describe('parseDemoArgs', () => {
  it('runs in Swedish, or in the language asked for', () => {
    expect(parseDemoArgs([])).toEqual({ kind: 'run', args: { language: 'sv' } });
    expect(parseDemoArgs(['--lang', 'en'])).toEqual({ kind: 'run', args: { language: 'en' } });
  });
  it('shows its usage when asked, wherever the request stands', () => {
    expect(parseDemoArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseDemoArgs(['--lang', 'en', '-h'])).toEqual({ kind: 'help' });
  });
  it('names what it does not take instead of ignoring it (a file, an option of scenarios, a language it lacks)', () => {
    for (const argv of [['budget.xlsx'], ['--simulate', '1000'], ['--lang', 'de'], ['--lang']]) {
      const parsed = parseDemoArgs(argv);
      expect(parsed.kind, argv.join(' ')).toBe('usageError');
    }
    expect(parseDemoArgs(['budget.xlsx'])).toEqual({
      kind: 'usageError',
      message: 'okänt argument / unknown argument: budget.xlsx',
    });
  });
});
