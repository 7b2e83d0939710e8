/**
 * `npm run template -- <file.xlsx> [--lang sv|en] [--force]`: the empty
 * input workbook — sheets, headers, drop-down lists and one example row per
 * table. An existing file is not overwritten without --force.
 */

import { existsSync } from 'node:fs';
import { parseTemplateArgs, TEMPLATE_USAGE } from './args';
import { writeFileAtomic } from './files';
import { buildTemplateWorkbook } from './workbooks';

async function main(argv: string[]): Promise<number> {
  const parsed = parseTemplateArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${TEMPLATE_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usageError') {
    process.stderr.write(`${parsed.message}\n\n${TEMPLATE_USAGE}\n`);
    return 2;
  }
  const { output, language, force } = parsed.args;
  if (existsSync(output) && !force) {
    process.stderr.write(
      language === 'sv'
        ? `${output} finns redan. Välj ett annat namn eller skriv över med --force.\n`
        : `${output} already exists. Choose another name or overwrite with --force.\n`,
    );
    return 2;
  }
  writeFileAtomic(output, await buildTemplateWorkbook(language));
  process.stdout.write(language === 'sv' ? `Skrev mallen ${output}\n` : `Wrote the template ${output}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(3);
  },
);
