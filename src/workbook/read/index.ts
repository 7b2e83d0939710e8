/**
 * readModel: the analysts' input sheets (a WorkbookGrid) to a CostModel, with
 * every problem of the whole workbook collected in one pass. The model is
 * null when any problem is an error; warnings come with a model. `partial`
 * is the model of every row that read cleanly, even when others did not, so
 * the one complete check (src/app/check.ts) can validate it too and show
 * every problem in one list instead of in rounds.
 * The format is described in src/workbook/schema and docs/workbook-format.md.
 */
import type { CostModel, Problem } from '../../engine/model';
import { parseCell } from '../a1';
import type { WorkbookGrid } from '../grid';
import type { Language } from '../schema/choices';
import { BLOCKS, SHEETS } from '../schema/format';
import { skeleton } from '../schema/normalise';
import { missingColumns, newContext } from './blocks/context';
import { readAlternatives } from './blocks/contracts';
import { readAgreements, readCostLines, readSolutions } from './blocks/costs';
import {
  readBriefInputs,
  readDecisionTrail,
  type BriefInputs,
  type BriefText,
  type BriefWord,
  type DecisionEntry,
  type DecisionTrailPlace,
} from './blocks/decisions';
import { readIndexRates, readParameters, resolveSharedCosts } from './blocks/parameters';
import { readInternal, readPayers, readPercentKeys, readUsage } from './blocks/resources';
import { locateBlocks, type Located } from './locate';
import { HIDDEN_ROW_NOTE, missingBlock, missingColumn, missingSheet } from './messages';
import { isHiddenRow } from './sheetCells';

export interface ReadOptions {
  /**
   * The user's language (default 'sv'). Headers and choices are accepted in
   * both languages and every problem carries both messages; the language only
   * picks the name a missing sheet is reported under (the name the input-sheet
   * writer would give it).
   */
  language?: Language;
}

export interface ReadResult {
  model: CostModel | null;
  /** The rows that read cleanly, as a model (rows with a wrong cell left out); null without readable parameters. */
  partial: CostModel | null;
  problems: Problem[];
  /**
   * The decision trail's rows (Beslutsgång): the analyst's record, kept out
   * of the model so that a new row never makes the scenarios out of date.
   */
  decisionTrail: DecisionEntry[];
  /** The rest of Beslutsgång the decision brief shows: where the trail is, and the question, decision asked and recommendation. */
  brief: BriefInputs;
}

export type { BriefInputs, BriefText, BriefWord, DecisionEntry, DecisionTrailPlace };

export function readModel(grid: WorkbookGrid, options: ReadOptions = {}): ReadResult {
  const located = locateBlocks(grid);
  const ctx = newContext(located);
  ctx.problems.push(...missingStructure(located, options.language ?? 'sv', grid.sheets), ...located.problems);

  // Order matters only for references: each table is read after those it names.
  const parametersRead = readParameters(ctx);
  const indexRates = readIndexRates(ctx);
  const solutions = readSolutions(ctx);
  const payers = readPayers(ctx);
  const percentKeys = readPercentKeys(ctx);
  const parameters = parametersRead && resolveSharedCosts(ctx, parametersRead);
  const costLines = readCostLines(ctx);
  const currentAgreements = readAgreements(ctx);
  const alternatives = readAlternatives(ctx);
  const usage = readUsage(
    ctx,
    payers.map((p) => p.id),
    solutions.map((s) => s.id),
  );
  const internalResources = readInternal(ctx, parameters?.costPerFte ?? 0);
  const decisionTrail = readDecisionTrail(ctx);
  const brief = readBriefInputs(ctx);

  const problems = withHiddenRowNotes(grid, ctx.problems);
  if (!parameters) return { model: null, partial: null, problems, decisionTrail, brief };
  const partial: CostModel = {
    parameters: {
      ...parameters,
      indexRates: indexRates.rates,
      cells: { ...parameters.cells, ...indexRates.cells },
    },
    payers,
    solutions,
    usage,
    costLines,
    percentKeys,
    currentAgreements,
    alternatives,
    internalResources,
  };
  const clean = !problems.some((p) => p.severity === 'error');
  return { model: clean ? partial : null, partial, problems, decisionTrail, brief };
}

/** A missing sheet once per sheet; a missing block on a present sheet once per block. */
function missingStructure(located: Located, language: Language, all: WorkbookGrid['sheets']): Problem[] {
  const problems: Problem[] = [];
  for (const sheet of SHEETS) {
    const absent = sheet.blocks.map((key) => BLOCKS[key]).filter((b) => !located.blocks[b.key]);
    const missing = absent.filter((b) => b.required);
    const grid = located.sheets[sheet.key];
    if (!grid) {
      if (missing.length === 0) continue;
      const names = [sheet.sv, sheet.en, ...sheet.aliases].map(skeleton);
      const lookalike = all.find((s) => s.marker === undefined && names.includes(skeleton(s.name)))?.name;
      problems.push(missingSheet(sheet, missing, language, lookalike));
      continue;
    }
    for (const block of absent) {
      // A header row that only looks right is reported for optional blocks too: they would vanish in silence.
      const near = located.lookalikeHeaders[block.key];
      const incomplete = located.incompleteHeaders[block.key];
      if (near) problems.push(missingColumn(block, near.column, near.at, 0, { header: near.header, at: near.at }));
      else if (incomplete) problems.push(...missingColumns(incomplete));
      else if (block.required || located.farHeaders[block.key])
        problems.push(missingBlock(block, grid.name, located.farHeaders[block.key]));
    }
  }
  return problems;
}

/**
 * A problem whose cell is in a hidden or filtered-out row says so: clicking it
 * selects a cell the analyst cannot see. Exported for the checks that add
 * problems after reading (model validation, plausibility).
 */
export function withHiddenRowNotes(grid: WorkbookGrid, problems: Problem[]): Problem[] {
  return problems.map((p) => {
    const sheet = p.at && grid.sheets.find((s) => s.name === p.at!.sheet && s.marker === undefined);
    if (!sheet?.hiddenRows?.length || !p.at) return p;
    let row: number;
    try {
      row = parseCell(p.at.cell).row;
    } catch {
      return p;
    }
    if (!isHiddenRow(sheet, row) || p.message.sv.endsWith(HIDDEN_ROW_NOTE.sv)) return p;
    return {
      ...p,
      message: { sv: `${p.message.sv} ${HIDDEN_ROW_NOTE.sv}`, en: `${p.message.en} ${HIDDEN_ROW_NOTE.en}` },
    };
  });
}
