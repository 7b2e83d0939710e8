/**
 * Runs LibreOffice Calc headless as an independent reader of our .xlsx
 * files: converts a workbook to .xlsx again, which makes LibreOffice open it,
 * recalculate every formula and write what it computed.
 *
 * Each run gets a fresh user profile (concurrent runs and a user's own
 * LibreOffice settings cannot interfere) whose only setting is "recalculate
 * on load: always" for OOXML files: by default LibreOffice shows the cached
 * values Excel files carry, which would only prove that we can write them.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT =
  'LibreOffice Calc is needed for the independent check but `soffice` was not found. ' +
  'Install it with: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui ' +
  '(.ci/run must install it in CI).';

export function findSoffice(): string | undefined {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface Conversion {
  data: Uint8Array;
  stdout: string;
  stderr: string;
}

/** Prints an .xlsx to PDF through LibreOffice (its own print settings: areas, fit to width, headers and footers). */
export function printThroughLibreOffice(soffice: string, input: Uint8Array, name = 'workbook.xlsx'): Conversion {
  return convert(soffice, input, name, 'pdf:calc_pdf_Export', name.replace(/\.xlsx$/, '.pdf'));
}

/** Converts an .xlsx through LibreOffice and returns the file it wrote. */
export function roundTripThroughLibreOffice(soffice: string, input: Uint8Array, name = 'workbook.xlsx'): Conversion {
  return convert(soffice, input, name, 'xlsx:Calc MS Excel 2007 XML', name);
}

function convert(soffice: string, input: Uint8Array, name: string, filter: string, outName: string): Conversion {
  const dir = mkdtempSync(path.join(tmpdir(), 'skolkostnad-lo-'));
  const profile = path.join(dir, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const source = path.join(dir, name);
  writeFileSync(source, input);
  const outDir = path.join(dir, 'converted');
  const result = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      source,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const converted = path.join(outDir, outName);
  if (result.status !== 0 || !existsSync(converted)) {
    throw new Error(`LibreOffice could not convert ${name} (exit ${result.status}): ${result.stderr}${result.stdout}`);
  }
  return { data: new Uint8Array(readFileSync(converted)), stdout: result.stdout, stderr: result.stderr };
}
