import { describe, expect, it } from 'vitest';
import { parseScenarioArgs, parseTemplateArgs } from '../../src/cli/args';

describe('parseScenarioArgs', () => {
  it('happy path: an input with defaults (Swedish, a copy, no JSON)', () => {
    expect(parseScenarioArgs(['budget.xlsx'])).toEqual({
      kind: 'run',
      args: { input: 'budget.xlsx', output: undefined, json: undefined, language: 'sv', inPlace: false, illustrative: false },
    });
  });

  it('takes every option in any order', () => {
    expect(parseScenarioArgs(['--lang', 'en', '--json', 's.json', 'in.xlsx', '-o', 'out.xlsx', '--illustrative'])).toEqual({
      kind: 'run',
      args: { input: 'in.xlsx', output: 'out.xlsx', json: 's.json', language: 'en', inPlace: false, illustrative: true },
    });
    expect(parseScenarioArgs(['in.xlsx', '--in-place'])).toMatchObject({ kind: 'run', args: { inPlace: true } });
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
});

describe('parseTemplateArgs', () => {
  it('happy path and options', () => {
    expect(parseTemplateArgs(['mall.xlsx'])).toEqual({ kind: 'run', args: { output: 'mall.xlsx', language: 'sv', force: false } });
    expect(parseTemplateArgs(['--lang', 'en', 'x.xlsx', '--force'])).toEqual({ kind: 'run', args: { output: 'x.xlsx', language: 'en', force: true } });
  });
  it('needs exactly one file', () => {
    expect(parseTemplateArgs([]).kind).toBe('usageError');
    expect(parseTemplateArgs(['a.xlsx', 'b.xlsx']).kind).toBe('usageError');
  });
});
