/**
 * Hostile and damaged workbooks through the whole command-line path (read,
 * check, compute, write): whatever the file holds, the run ends in a message
 * (a file error, or the problems at their cells) or in a copy that reads
 * back — never in an exception, a hang or a heap blown by a declared range.
 * Each case damages a valid workbook in one way real files are damaged or
 * crafted; the random mix of the same damages ran 600 times without a crash
 * when this was written (.tmp/fuzz.ts in the session that wrote it).
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { describe, expect, it } from 'vitest';
import { editPart, zipWith } from './packageEdits';
import { runScenarios } from '../../src/faces/cli/pipeline';
import { buildSampleWorkbook } from '../../src/faces/cli/workbooks';

const SAMPLE = unzipSync(readFileSync(new URL('../fixtures/good.sample.xlsx', import.meta.url)));
const RUN = { language: 'sv', illustrative: false, generatedAt: '2026-12-07T00:00:00.000Z', version: 'test' } as const;

const firstSheet = 'xl/worksheets/sheet1.xml';
const parts = (files: Unzipped, pattern: RegExp): string[] => Object.keys(files).filter((k) => pattern.test(k));

const damaged = (change: (files: Unzipped) => void): Uint8Array => zipWith(SAMPLE, change);

const editEvery = (pattern: RegExp, edit: (xml: string) => string) => (files: Unzipped) => {
  const matching = parts(files, pattern);
  if (matching.length === 0) throw new Error(`no part matches ${pattern}`);
  for (const part of matching) editPart(files, part, edit);
};

const CASES: [string, (files: Unzipped) => void][] = [
  [
    'a table declared over the whole sheet (A1:XFD1048576)',
    editEvery(/tables\/table\d+\.xml$/, (x) => x.replace(/ ref="[^"]*"/, ' ref="A1:XFD1048576"')),
  ],
  [
    'a table range written backwards or as nonsense',
    editEvery(/tables\/table\d+\.xml$/, (x) =>
      x.replace(/ ref="[^"]*"/, ' ref="Z9:A1"').replace(/ ref="Z9:A1"(.*?) ref="[^"]*"/, ' ref="Z9:A1"$1 ref="bogus"'),
    ),
  ],
  [
    'a table with fewer column entries than its range',
    editEvery(/tables\/table\d+\.xml$/, (x) => x.replace(/<tableColumn [^>]*\/>/, '')),
  ],
  [
    'a sheet dimension claiming every cell',
    editEvery(/worksheets\/sheet\d+\.xml$/, (x) =>
      x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    ),
  ],
  [
    'a row numbered past the last row Excel has',
    (f) => editPart(f, firstSheet, (x) => x.replace(/<row r="\d+"/, '<row r="2000000"')),
  ],
  [
    'cell addresses out of range or malformed',
    editEvery(/worksheets\/sheet\d+\.xml$/, (x) =>
      x
        .replace(/ r="[A-Z]+\d+"/, ' r="XFE1"')
        .replace(/ r="[A-Z]+\d+"/, ' r="A0"')
        .replace(/ r="[A-Z]+\d+"/, ' r="1A"'),
    ),
  ],
  [
    'shared-string indices past the table, negative and not numbers',
    editEvery(/worksheets\/sheet\d+\.xml$/, (x) =>
      x
        .replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$199999$2')
        .replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$1-1$2')
        .replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$1x$2'),
    ),
  ],
  [
    'style indices that do not exist',
    editEvery(/worksheets\/sheet\d+\.xml$/, (x) => x.replace(/ s="\d+"/g, ' s="9999"')),
  ],
  [
    'cells of unknown or mismatched types',
    editEvery(/worksheets\/sheet\d+\.xml$/, (x) =>
      x
        .replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="$1" t="zz"><v>1e999</v></c>')
        .replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="$1" t="d"><v>not a date</v></c>'),
    ),
  ],
  [
    'formulas that do not parse, with and without a cached value',
    editEvery(/worksheets\/sheet\d+\.xml$/, (x) =>
      x
        .replace(/<c r="([A-Z]+\d+)"([^>]*)><v>/, '<c r="$1"$2><f>SUM(</f><v>')
        .replace(/<c r="([A-Z]+\d+)"([^>]*)><v>[^<]*<\/v>/, '<c r="$1"$2><f t="shared" si="7"/>'),
    ),
  ],
  [
    'merged areas that overlap and cover the whole sheet',
    (f) =>
      editPart(f, firstSheet, (x) =>
        x.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="2"><mergeCell ref="A1:C3"/><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      ),
  ],
  ['a missing shared-strings part', (f) => void delete f['xl/sharedStrings.xml']],
  [
    'a shared-strings part cut off half-way',
    (f) => {
      const s = strFromU8(f['xl/sharedStrings.xml']!);
      f['xl/sharedStrings.xml'] = strToU8(s.slice(0, s.length / 2));
    },
  ],
  [
    'a styles part of random bytes',
    (f) => {
      f['xl/styles.xml'] = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256);
    },
  ],
  [
    'an empty workbook part',
    (f) => {
      f['xl/workbook.xml'] = new Uint8Array();
    },
  ],
  [
    'two sheets of the same name',
    (f) =>
      editPart(f, 'xl/workbook.xml', (x) => {
        const names = [...x.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
        return x.replace(`name="${names[1]}"`, `name="${names[0]}"`);
      }),
  ],
  [
    'a sheet whose relationship points nowhere',
    (f) =>
      editPart(f, 'xl/_rels/workbook.xml.rels', (x) =>
        x.replace(/Target="worksheets\/sheet1\.xml"/, 'Target="../../../etc/passwd"'),
      ),
  ],
  [
    'a sheet whose r:id has no relationship',
    (f) => editPart(f, 'xl/workbook.xml', (x) => x.replace(/r:id="rId\d+"/, 'r:id="rId999"')),
  ],
  [
    'defined names that are broken, foreign or look like ours',
    (f) =>
      editPart(f, 'xl/workbook.xml', (x) =>
        x
          .replace(
            '</sheets>',
            '</sheets><definedNames><definedName name="x">#REF!</definedName><definedName name="_xlnm.Print_Area" localSheetId="42">\'No sheet\'!$A$1</definedName><definedName name="skolkostnad_marker">SUM(</definedName></definedNames>',
          )
          .replace(/<\/definedNames>(.*)<definedNames>/, '$1'),
      ),
  ],
  [
    'a document type with nested entities (an entity bomb)',
    (f) =>
      editPart(f, firstSheet, (x) =>
        x.replace(
          /^(<\?xml[^>]*\?>)/,
          '$1<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        ),
      ),
  ],
  [
    'zip entries named outside the package',
    (f) => {
      f['../evil.xml'] = strToU8('<x/>');
      f['xl/worksheets/../../weird.xml'] = strToU8('<x/>');
    },
  ],
  [
    'content types that call the workbook plain text',
    (f) =>
      editPart(f, '[Content_Types].xml', (x) =>
        x.replace(
          /ContentType="application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml"/,
          'ContentType="text/plain"',
        ),
      ),
  ],
];

describe('hostile and damaged workbooks on the command line', () => {
  it.each(CASES)(
    '%s: a message or a copy that reads back, never a crash',
    async (_, change) => {
      const result = await runScenarios(damaged(change), RUN);
      expect(['fileError', 'inputProblems', 'confirmRemoval', 'confirmOverwrite', 'done']).toContain(result.status);
      if (result.status === 'fileError') expect(result.error.message.length).toBeGreaterThan(0);
      if (result.status === 'inputProblems') {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) expect(p.message.sv).not.toMatch(/undefined|NaN|\[object/);
      }
      if (result.status === 'done') {
        const again = await runScenarios(result.data, RUN);
        expect(again.status).not.toBe('fileError');
      }
    },
    60_000,
  );

  it('leaves zip entries named outside the package out of the copy and says so; every part is kept', async () => {
    const result = await runScenarios(
      damaged((f) => {
        f['../evil.xml'] = strToU8('<x/>');
        f['xl/worksheets/../../weird.xml'] = strToU8('<x/>');
      }),
      RUN,
    );
    if (result.status !== 'done') throw new Error(`expected a copy, got ${result.status}`);
    const names = Object.keys(unzipSync(result.data));
    expect(names.filter((n) => n.includes('..'))).toEqual([]);
    for (const part of Object.keys(SAMPLE)) expect(names).toContain(part);
    expect(result.notes.map((n) => n.sv)).toEqual([
      expect.stringContaining('"../evil.xml"'),
      expect.stringContaining('"xl/worksheets/../../weird.xml"'),
    ]);
    expect(result.notes[0]!.en).toContain('leaves out the zip entry');
  }, 60_000);

  it('refuses a zip that declares more than it may unpack (a zip bomb), before inflating anything', async () => {
    const bomb = zipSync({ ...SAMPLE }, { level: 0 });
    // Every entry's uncompressed size in the central directory (signature PK\x01\x02, size at offset 24) set to 1 GB.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 46 <= bomb.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024 ** 3, true);
    const result = await runScenarios(bomb, RUN);
    if (result.status !== 'fileError') throw new Error(`expected a file error, got ${result.status}`);
    expect(result.error.code).toBe('tooLarge');
    expect(result.error.bilingual.sv).toContain('för stor');
  });

  it('reads a workbook whose generated sheets have cell addresses no cell can have, and asks before writing over them', async () => {
    const demo = await buildSampleWorkbook({ language: 'sv', generatedAt: RUN.generatedAt, version: 'test' });
    const files = unzipSync(demo.data);
    let damagedParts = 0;
    for (const part of Object.keys(files).filter((k) => /worksheets\/sheet\d+\.xml$/.test(k))) {
      const xml = strFromU8(files[part]!);
      if (!xml.includes('<v>')) continue;
      files[part] = strToU8(xml.replace(/<c r="[A-Z]+\d+"/, '<c r="1A"').replace(/<c r="[A-Z]+\d+"/, '<c r="XFE1"'));
      damagedParts += 1;
    }
    expect(damagedParts).toBeGreaterThan(5);
    const result = await runScenarios(zipSync(files), RUN);
    expect(['inputProblems', 'confirmOverwrite', 'done']).toContain(result.status);
  }, 60_000);

  it('refuses, naming the sheet and its range, a sheet whose cells span more than the reader holds (a value in XFD)', async () => {
    const sheetName = /<sheet [^>]*name="([^"]*)"/.exec(strFromU8(SAMPLE['xl/workbook.xml']!))![1]!;
    const result = await runScenarios(
      damaged((f) =>
        editPart(f, firstSheet, (x) =>
          x.replace('</sheetData>', '<row r="1500"><c r="XFD1500"><v>1</v></c></row></sheetData>'),
        ),
      ),
      RUN,
    );
    if (result.status !== 'fileError') throw new Error(`expected a file error, got ${result.status}`);
    expect(result.error.code).toBe('tooLarge');
    expect(result.error.bilingual.sv).toContain(`"${sheetName}": A1:XFD1500`);
  });
});
