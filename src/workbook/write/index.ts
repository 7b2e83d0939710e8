/**
 * The writer: engine results → a write plan (sheets, cells, formulas with
 * cached values, formats, charts, print setup) that the Office.js and .xlsx
 * adapters apply unchanged. Pure: no host objects, no clock (the caller
 * passes generatedAt), so the same inputs always give the same plan.
 *
 * Sheets, in order: the FLG summary (activated after writing), the
 * comparison, the sensitivity sheet (when a simulation result is given),
 * then one sheet per scenario. Each carries a marker with its
 * key, the input fingerprint, when and by which version it was generated.
 */
import { withSuccessors } from '../../engine/successors';
import type { CostModel, EngineOutput, ScenarioResult } from '../../engine/model';
import { generationSummary, type GenerationChanges } from '../changes';
import type { SimulationResult } from '../../engine/simulation/types';
import { withSheetFields, type PlannedSheet, type WritePlan } from '../plan';
import { plannedConstantsDigest } from '../contentDigest';
import { fingerprint, formatMarker } from '../fingerprint';
import { label, type Language } from '../labels';
import { SENSITIVITY_KEY, sensitivityLabel, sensitivitySheetPlan } from '../sensitivity';
import { comparisonSheet, type OverviewInput } from './comparisonSheet';
import { scenarioSheet, type ScenarioAnchors, type Stamp } from './scenarioSheet';
import type { ChoiceOverride } from './choiceOverrides';
import { assignSheetNames, type ExistingSheet } from './sheetNaming';
import { briefSheet } from './briefSheet';
import { briefLabel } from './briefLabels';
import type { BriefInputs } from '../read';

export interface WriteOptions {
  language: Language;
  /** ISO timestamp of this generation (the caller's clock keeps this function pure). */
  generatedAt: string;
  /** Add-in version, e.g. '1.0.0'. */
  version: string;
  /** Sheets in the workbook now, with their markers (ours) or none (the user's). */
  existingSheets: ExistingSheet[];
  /** Show "Illustrativa siffror" on every sheet (the sample, estimates). */
  illustrative?: boolean;
  /** A Monte Carlo result (src/engine/simulation) to write as the sheet "Känslighet" / "Sensitivity". */
  sensitivity?: SimulationResult;
  /**
   * What the figures were computed from: the fingerprint of the workbook's
   * inputs as read (the model given here may be those inputs with the pane's
   * choices applied) and those choices' differences from Parametrar. Every
   * marker and stamp of the plan carries it, once; hosts store the markers
   * verbatim. Default: `model` is the workbook's inputs themselves.
   */
  basis?: { inputFingerprint: string; overrides: readonly ChoiceOverride[] };
  /**
   * What the decision brief shows from the Beslutsgång sheet, as read with
   * the inputs (readModel(...).brief): the trail's place and the question,
   * decision asked and recommendation. Without it the brief shows the
   * default question and says the workbook has no trail.
   */
  brief?: BriefInputs;
  /**
   * What changed since the previous generation (src/workbook/changes.ts),
   * computed by the use case from the summary the previous comparison sheet
   * stored. Default: the first generation.
   */
  changes?: GenerationChanges;
}

export const SUMMARY_KEY = 'summary';
export const COMPARISON_KEY = 'comparison';
export const scenarioKey = (alternativeId: string): string => `scenario:${alternativeId}`;

export function buildWritePlan(input: CostModel, output: EngineOutput, options: WriteOptions): WritePlan {
  // The alternatives as the engine computed them: with their successor contracts (src/engine/successors.ts).
  const model = withSuccessors(input);
  const { language } = options;
  const illustrative = options.illustrative ?? false;
  const stamp: Stamp = {
    generatedAt: options.generatedAt,
    version: options.version,
    fingerprint: options.basis?.inputFingerprint ?? fingerprint(input),
    overrides: options.basis?.overrides ?? [],
  };
  const scenarios = output.scenarios;

  const decisions = assignSheetNames(
    [
      { key: SUMMARY_KEY, wanted: briefLabel(language, 'sheetName') },
      { key: COMPARISON_KEY, wanted: label(language, 'sheetComparison') },
      ...(options.sensitivity ? [{ key: SENSITIVITY_KEY, wanted: sensitivityLabel(language, 'sheetName') }] : []),
      ...scenarios.map((s) => ({
        key: scenarioKey(s.alternativeId),
        wanted: label(language, 'sheetScenario', { name: s.name }),
      })),
    ],
    options.existingSheets,
  );
  const decision = new Map(decisions.map((d) => [d.key, d]));
  const nameOf = (key: string): string => decision.get(key)?.name ?? key;

  const scenarioSheets: PlannedSheet[] = [];
  const anchors: ScenarioAnchors[] = [];
  const written: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const alternative = model.alternatives.find((a) => a.id === scenario.alternativeId);
    if (alternative === undefined) continue; // the engine only returns scenarios of the model's alternatives
    const key = scenarioKey(scenario.alternativeId);
    const built = scenarioSheet({
      model,
      scenario,
      alternative,
      language,
      sheetName: nameOf(key),
      key,
      stamp,
      illustrative,
    });
    scenarioSheets.push(built.sheet);
    anchors.push(built.anchors);
    written.push(scenario);
  }

  // Of the model as given (without the engine's successors): the rows are the analyst's inputs.
  const summary = generationSummary(input, output, stamp);
  const changes: GenerationChanges = options.changes ?? { kind: 'first' };
  const overview = (key: string): OverviewInput => ({
    model,
    scenarios: anchors,
    results: written,
    names: written.map((s) => s.name),
    years: written[0]?.years ?? [],
    language,
    sheetName: nameOf(key),
    key,
    stamp,
    illustrative,
    changes,
    summary,
  });
  const sheets = [
    briefSheet({
      ...overview(SUMMARY_KEY),
      comparisonSheet: nameOf(COMPARISON_KEY),
      ...(options.brief ? { brief: options.brief } : {}),
      ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
    }),
    comparisonSheet(overview(COMPARISON_KEY)),
    ...(options.sensitivity
      ? [
          sensitivitySheetPlan(model, options.sensitivity, {
            language,
            sheetName: nameOf(SENSITIVITY_KEY),
            illustrative,
            generatedAt: options.generatedAt,
          }),
        ]
      : []),
    ...scenarioSheets,
  ].map((sheet) => withStampedFooter(withMarker(sheet, stamp, decision.get(sheet.key)?.replaces), stamp, language));

  const renamed = decisions
    .filter((d) => d.renamedFrom !== undefined)
    .map((d) => ({ key: d.key, wanted: d.renamedFrom as string, name: d.name }));
  const plan: WritePlan = {
    sheets,
    stamp: { generatedAt: stamp.generatedAt, version: stamp.version, inputFingerprint: stamp.fingerprint, language },
    activate: nameOf(SUMMARY_KEY),
  };
  if (renamed.length > 0) plan.renamed = renamed;
  return plan;
}

/** Tab colours tell generated sheets apart from the analysts' own at a glance. */
const TAB_COLORS: Record<string, string> = {
  summary: '#1F4E79',
  comparison: '#2E75B6',
  scenario: '#9DC3E6',
};

function withMarker(sheet: PlannedSheet, stamp: Stamp, replaces: string | undefined): PlannedSheet {
  return withSheetFields(sheet, {
    tabColor: TAB_COLORS[sheet.kind] ?? '#9DC3E6',
    marker: formatMarker({
      key: sheet.key,
      fingerprint: stamp.fingerprint,
      generatedAt: stamp.generatedAt,
      version: stamp.version,
      ...((stamp.overrides?.length ?? 0) > 0 ? { unsavedChoices: true } : {}),
      contents: plannedConstantsDigest(sheet),
    }),
    ...(replaces !== undefined ? { replaces } : {}),
  });
}

/**
 * Every printed page says which generation it shows: the footer gets the
 * date of the generation and the first eight digits of the input
 * fingerprint beside "page n of m", so two print-outs can be told apart and
 * traced to the inputs without the add-in.
 */
function withStampedFooter(sheet: PlannedSheet, stamp: Stamp, language: Language): PlannedSheet {
  if (!sheet.print) return sheet;
  const stamped = label(language, 'printStamp', {
    date: stamp.generatedAt.slice(0, 10),
    fingerprint: stamp.fingerprint.slice(0, 8),
  });
  const footer = sheet.print.footer ? `${sheet.print.footer} – ${stamped}` : stamped;
  return withSheetFields(sheet, { print: { ...sheet.print, footer } });
}

export type { ExistingSheet } from './sheetNaming';
export { assignSheetNames } from './sheetNaming';
export { moneyFormat, FORMATS } from './formats';
export type { ChoiceOverride } from './choiceOverrides';
export {
  changeLineText,
  rowPlace,
  uncomparedText,
  writeChangesSection,
  type ChangesSectionOptions,
} from './changesSection';
