import { describe, expect, it } from 'vitest';
import { broken, findings, rulesOf } from './realManifest';

const requirements = (xml: string) => findings(xml).filter((finding) => finding.rule === 'requirements');

describe('requirementsRule', () => {
  it('happy path: the real manifest requires ExcelApi 1.7', () => {
    expect(
      requirements(broken('<Set Name="ExcelApi" MinVersion="1.7" />', '<Set Name="ExcelApi" MinVersion="1.7" />')),
    ).toEqual([]);
  });

  it('given no Requirements element, reports it (and only this rule: the schema allows leaving it out)', () => {
    const xml = broken(/<Requirements>[\s\S]*?<\/Requirements>/, '');
    expect(rulesOf(findings(xml))).toEqual(['requirements']);
    expect(requirements(xml)[0]!.message).toMatch(/^<Requirements> is missing/);
  });

  it('given Requirements without an ExcelApi set, reports it', () => {
    const result = requirements(
      broken('<Set Name="ExcelApi" MinVersion="1.7" />', '<Set Name="WordApi" MinVersion="1.3" />'),
    );
    expect(result.map((f) => f.message)).toEqual(['<Requirements><Sets> has no <Set Name="ExcelApi">']);
  });

  it('given a malformed MinVersion, reports it', () => {
    const result = requirements(broken('MinVersion="1.7"', 'MinVersion="latest"'));
    expect(result.map((f) => f.message)).toEqual(['ExcelApi MinVersion "latest" must look like 1.7']);
  });
});
