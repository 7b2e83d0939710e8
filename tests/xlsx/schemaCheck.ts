/**
 * Checks the XML parts of an .xlsx against the ECMA-376 transitional schemas
 * (tests/fixtures/ooxml-schemas, copied from ../shared/ooxml-schemas) with
 * xmllint (Debian: libxml2-utils). Markup compatibility is handled as that
 * README says: mc:Ignorable and everything in an ignorable namespace
 * dropped, mc:AlternateContent replaced by its mc:Fallback.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

const SCHEMAS = path.join(__dirname, '..', 'fixtures', 'ooxml-schemas');

/** Root element (local name) → schema file. */
const SCHEMA_OF: Record<string, string> = {
  worksheet: 'sml.xsd',
  workbook: 'sml.xsd',
  styleSheet: 'sml.xsd',
  sst: 'sml.xsd',
  table: 'sml.xsd',
  comments: 'sml.xsd',
  chartSpace: 'dml-chart.xsd',
  wsDr: 'dml-spreadsheetDrawing.xsd',
  Types: 'opc-contentTypes.xsd',
  Relationships: 'opc-relationships.xsd',
};

export const INSTALL_XMLLINT =
  'xmllint is needed for the schema check: apt-get install -y libxml2-utils (.ci/run installs it).';

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/**
 * Also drops xml:space on <t>: ECMA-376 Part 1 (18.4.12) and Excel write it,
 * but the transitional schema file declares <t> as a simple type without
 * the xml namespace, so xmllint would refuse every Excel file.
 */
export function dropMarkupCompatibility(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/\smc:Ignorable="[^"]*"/g, '').replace(/(<(?:\w+:)?t)\s+xml:space="preserve"/g, '$1');
  out = out.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (block) => {
    return /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/.exec(block)?.[1] ?? '';
  });
  for (const p of ignorable) {
    out = out
      .replace(new RegExp(`<${p}:(\\w+)\\b[^>]*?/>`, 'g'), '')
      .replace(new RegExp(`<${p}:(\\w+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, 'g'), '')
      .replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
  }
  return out;
}

export interface SchemaReport {
  checked: string[];
  /** Parts with no schema in the table above (theme, docProps …). */
  skipped: string[];
  /** xmllint's complaints, one line each, prefixed with the part. */
  errors: string[];
}

/** Validates the XML parts of `data` (only those `only` accepts, when given). */
export function checkSchemas(data: Uint8Array, only?: (part: string) => boolean): SchemaReport {
  const entries = unzipSync(data);
  const dir = mkdtempSync(path.join(tmpdir(), 'schema-'));
  const bySchema = new Map<string, { file: string; part: string }[]>();
  const report: SchemaReport = { checked: [], skipped: [], errors: [] };
  try {
    Object.entries(entries).forEach(([part, bytes], i) => {
      if (!/\.(xml|rels)$/i.test(part) || (only && !only(part))) return;
      const xml = new TextDecoder().decode(bytes);
      const root = /<(?:\w+:)?(\w+)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ''))?.[1] ?? '';
      const schema = SCHEMA_OF[root];
      if (!schema) {
        report.skipped.push(part);
        return;
      }
      const file = path.join(dir, `${i}.xml`);
      writeFileSync(file, dropMarkupCompatibility(xml));
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), { file, part }]);
      report.checked.push(part);
    });
    for (const [schema, files] of bySchema) {
      const partOf = new Map(files.map((f) => [f.file, f.part]));
      const result = spawnSync(
        'xmllint',
        ['--noout', '--nonet', '--schema', path.join(SCHEMAS, schema), ...files.map((f) => f.file)],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      for (const line of result.stderr.split('\n')) {
        if (!line.trim() || / validates$/.test(line)) continue;
        const file = [...partOf.keys()].find((f) => line.startsWith(f));
        report.errors.push(file ? `${partOf.get(file)}: ${line.slice(file.length)}` : line);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

/** The parts of `output` that are new or differ from `input`: what a write produced. */
export function changedParts(input: Uint8Array, output: Uint8Array): (part: string) => boolean {
  const before = unzipSync(input);
  return (part) => {
    const old = before[part];
    const now = unzipSync(output, { filter: (f) => f.name === part })[part];
    return old === undefined || now === undefined || Buffer.compare(Buffer.from(old), Buffer.from(now)) !== 0;
  };
}
