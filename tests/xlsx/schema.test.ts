/**
 * Every XML part of every .xlsx we write is valid against the ECMA-376
 * transitional schemas — the template, the demo with its sensitivity sheet,
 * a large workbook, and the CLI's round trip of workbooks last saved by
 * LibreOffice and by an openpyxl-like producer (there: every part the write
 * produced or changed; the producer's own parts are theirs, kept byte for
 * byte). An element out of order is what Excel answers with "We found a
 * problem with some content"; the schema catches exactly that.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/faces/cli/pipeline';
import { DEMO_SIMULATION } from '../../src/faces/cli/simulation';
import { buildSampleWorkbook, buildTemplateWorkbook } from '../../src/faces/cli/workbooks';
import { stockholmSample } from '../../src/sample/stockholm';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { applyPlanToXlsx } from '../../src/hosts/xlsx';
import { findSoffice, roundTripThroughLibreOffice } from '../libreoffice/soffice';
import { plan, scenarioSheet, summarySheet } from './planFixtures';
import { changedParts, checkSchemas, hasXmllint, INSTALL_XMLLINT } from './schemaCheck';
import { openpyxlLike, richUserWorkbook } from './userPackages';

const RUN = { language: 'sv' as const, illustrative: true, generatedAt: '2026-12-01T10:00:00.000Z', version: 'test' };

beforeAll(() => {
  if (!hasXmllint()) throw new Error(INSTALL_XMLLINT);
});

function expectValid(report: ReturnType<typeof checkSchemas>, minimum: number): void {
  expect(report.errors).toEqual([]);
  expect(report.checked.length).toBeGreaterThanOrEqual(minimum);
}

async function sampleInputs(): Promise<Uint8Array> {
  const sheets = inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });
  return applyPlanToXlsx(null, {
    sheets,
    stamp: { generatedAt: '', version: '', inputFingerprint: '', language: 'sv' },
  });
}

async function scenariosOn(input: Uint8Array): Promise<Uint8Array> {
  const result = await runScenarios(input, RUN);
  if (result.status !== 'done') throw new Error(`scenarios did not run: ${result.status}`);
  return result.data;
}

describe('schema validity of what we write', () => {
  it('the template', async () => {
    expectValid(checkSchemas(await buildTemplateWorkbook('sv')), 8);
  });

  it('the demo, with the sensitivity sheet and its charts', async () => {
    const demo = await buildSampleWorkbook({ ...RUN, simulation: DEMO_SIMULATION });
    const report = checkSchemas(demo.data);
    expectValid(report, 30);
    expect(report.checked.some((p) => p.startsWith('xl/charts/'))).toBe(true);
  }, 60_000);

  it('a large workbook (the sample’s sheets ten times as long)', async () => {
    const demo = await buildSampleWorkbook(RUN);
    const sheets = demo.plan.sheets.map((s) => ({ ...s, rows: Array.from({ length: 10 }, () => s.rows).flat() }));
    expectValid(checkSchemas(await applyPlanToXlsx(null, { ...demo.plan, sheets })), 30);
  }, 120_000);

  it('the CLI’s round trip of a workbook last saved by LibreOffice', async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice is needed: apt-get install libreoffice-calc-nogui');
    const saved = roundTripThroughLibreOffice(soffice, await sampleInputs(), 'indata.xlsx').data;
    const output = await scenariosOn(saved);
    expectValid(checkSchemas(output, changedParts(saved, output)), 10);
    // Run again on its own output: the regeneration replaces our sheets.
    const again = await scenariosOn(output);
    expectValid(checkSchemas(again, changedParts(output, again)), 1);
  }, 120_000);

  it('the CLI’s round trip of an openpyxl-like workbook (absolute targets, tables without a style)', async () => {
    const input = await openpyxlLike(await sampleInputs());
    const output = await scenariosOn(input);
    expectValid(checkSchemas(output, changedParts(input, output)), 10);
  }, 60_000);

  it('a write into a workbook full of user parts (chart, pivot, comments, VBA, custom XML)', async () => {
    const input = await richUserWorkbook();
    const output = await applyPlanToXlsx(input, plan([scenarioSheet(), summarySheet()]));
    expectValid(checkSchemas(output, changedParts(input, output)), 8);
  });
});
