/**
 * `npm run template -- <file.xlsx> [--lang sv|en] [--force]`: the empty
 * input workbook — sheets, headers, drop-down lists and one example row per
 * table. An existing file is not overwritten without --force. Exit codes:
 * 0 written; 1 the path cannot be written (a folder, a file in the way, no
 * permission); 2 usage error or an existing file without --force; 3 a bug.
 */

import { existsSync } from 'node:fs';
import { argsOrExit, parseTemplateArgs, TEMPLATE_USAGE } from './args';
import { checkOutputPath, CliFileError, writeFileAtomic } from './files';
import { runEntry } from './lastResort';
import { buildTemplateWorkbook } from './workbooks';

async function main(argv: string[]): Promise<number> {
  const parsed = argsOrExit(parseTemplateArgs(argv), TEMPLATE_USAGE);
  if ('exit' in parsed) return parsed.exit;
  const { output, language, force } = parsed.args;
  try {
    // First: a folder or a path through a file is not "already there" for --force to overwrite.
    checkOutputPath(output, 'template');
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[language]}\n`);
    return 1;
  }
  if (existsSync(output) && !force) {
    process.stderr.write(
      language === 'sv'
        ? `${output} finns redan. Välj ett annat namn eller skriv över med --force.\n`
        : `${output} already exists. Choose another name or overwrite with --force.\n`,
    );
    return 2;
  }
  try {
    writeFileAtomic(output, await buildTemplateWorkbook(language), 'template');
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[language]}\n`);
    return 1;
  }
  process.stdout.write(language === 'sv' ? `Skrev mallen ${output}\n` : `Wrote the template ${output}\n`);
  return 0;
}

runEntry(() => main(process.argv.slice(2)));
