/**
 * Applying a WritePlan through Office.js, atomically and in few syncs.
 *
 * Syncs for a plan that fits one request (the Stockholm sample): three.
 *  1. inspect: sheet names and ids, table names, the active sheet;
 *  2. build every planned sheet under a temporary name, hidden, with its
 *     marker (and load the markers of the existing sheets) — a larger plan
 *     takes more syncs here, each under the size budget;
 *  3. commit, in this order: rename the sheets being replaced (found by
 *     marker, never by name) and their tables out of the way; give the new
 *     sheets and tables their final names and show them; activate; then
 *     delete the replaced sheets.
 * Input sheets and any sheet without our marker are never touched. Planned
 * input sheets (the template) are created without a marker: from then on they
 * are the user's, and no write replaces or deletes them.
 *
 * Failure: everything before the first delete of step 3 can be undone, so a
 * failure there rolls back (temporary sheets deleted, renamed sheets and
 * tables renamed back, the active sheet restored): the workbook is exactly as
 * before and the error is raised. Excel cannot undelete a sheet, so once a
 * delete has been applied — every rename precedes the deletes — recovery
 * completes the write instead (deletes the rest) and reports success with a
 * note. Either way the workbook is in one of the two whole states, never in
 * between. If recovery itself fails, the error says which sheets are left;
 * they carry the pending mark and the next write removes them.
 */
import { formatMarker } from '../../workbook/fingerprint';
import type { WritePlan } from '../../workbook/plan';
import { adapterError, ExcelAdapterError } from '../errors';
import { rememberStructure } from '../read';
import { MARKER_NAME, PENDING_NAME, textOfFormula } from '../marker';
import { officeIsSetSupported, type Bilingual, type ExcelRun, type IsSetSupported } from '../types';
import { planNames, type ExistingSheet } from './names';
import { ACTION_BYTES, PATH_BYTES } from './requestSize';
import {
  FEATURE_NOTES,
  packUnits,
  retargetFormulas,
  writeUnits,
  type Features,
  type SheetJob,
  type SkipNote,
} from './units';

/**
 * Estimated request bytes per sync: 4.75 MB, below Excel on the web's 5 MB
 * limit. The estimate (requestSize.ts) counts every argument exactly and
 * Office.js's envelope rounded up, so it is an upper bound; the last 5 % is
 * for what it cannot see (ids growing past five digits, Office.js versions).
 * The Stockholm sample is estimated at about 4.7 MB (the emulation measures
 * 4.1 MB), so it is built in one sync: three in all.
 */
export const SYNC_BUDGET_BYTES = 4.75 * 1024 * 1024;

export interface WriteOptions {
  /** API-set checker; default Office's (or "yes" outside Office). */
  isSetSupported?: IsSetSupported;
  /** Estimated request bytes per sync (default SYNC_BUDGET_BYTES). */
  syncBudget?: number;
  /** Id of this write in temporary names (default random); tests fix it to compare workbooks. */
  writeId?: string;
}

export interface WrittenSheet {
  key: string;
  /** The sheet's name in the workbook (may differ from the planned name, see notes). */
  name: string;
  /** Name of the earlier generated sheet it replaced. */
  replaced?: string;
}

export interface WriteReport {
  sheets: WrittenSheet[];
  /** What was renamed or skipped, for the analyst. */
  notes: Bilingual[];
  /** Sheets of ours left by an earlier failed write, removed now. */
  removedLeftovers: string[];
  syncs: number;
  /** The adapter's estimate of each content and commit sync's request size. */
  estimatedBytesPerSync: number[];
  /** True when a failure hit after the commit point and recovery completed the write. */
  completedAfterFailure: boolean;
}

type Phase = 'inspect' | 'content' | 'commit' | 'done';

interface WriteState {
  writeId: string;
  phase: Phase;
  jobs: SheetJob[];
  old: ExistingSheet[];
  leftovers: ExistingSheet[];
  /** Backup table name → original name, for rollback. */
  backupTables: Map<string, string>;
  originalActiveId?: string;
  syncs: number;
  estimated: number[];
  report?: WriteReport;
  /** Sheet and table names after a successful write, for the reader's next one-sync read. */
  structureAfter?: { sheets: string[]; tables: string[] };
}

/** The temporary names this adapter gives new sheets while it builds them. */
const TEMP_NAME = /^~tmp-[a-z0-9]{6}-\d+$/;

const WRITING: Bilingual = { sv: 'Kunde inte skriva scenariobladen', en: 'Could not write the scenario sheets' };

function randomId(): string {
  return Math.random().toString(36).slice(2, 8).padEnd(6, '0');
}

export async function applyWritePlan(run: ExcelRun, plan: WritePlan, options: WriteOptions = {}): Promise<WriteReport> {
  const isSet = options.isSetSupported ?? officeIsSetSupported();
  if (!isSet('ExcelApi', '1.7')) {
    throw new ExcelAdapterError('unsupportedExcel', {
      sv: 'Den här Excel-versionen är för gammal för tillägget (ExcelApi 1.7 krävs). Inget skrevs.',
      en: 'This version of Excel is too old for the add-in (ExcelApi 1.7 is required). Nothing was written.',
    });
  }
  const features: Features = { validation: isSet('ExcelApi', '1.8'), pageLayout: isSet('ExcelApi', '1.9') };
  const state: WriteState = {
    writeId: options.writeId ?? randomId(),
    phase: 'inspect',
    jobs: [],
    old: [],
    leftovers: [],
    backupTables: new Map(),
    syncs: 0,
    estimated: [],
  };
  try {
    await run((ctx) => writeBatch(ctx, plan, state, features, options.syncBudget ?? SYNC_BUDGET_BYTES));
    if (state.structureAfter) rememberStructure(run, state.structureAfter);
    return state.report!;
  } catch (error) {
    if (state.phase === 'inspect') {
      throw adapterError(WRITING, error, { sv: 'Inget ändrades.', en: 'Nothing was changed.' });
    }
    let outcome: 'rolledBack' | 'rolledForward';
    try {
      outcome = await recover(run, state);
    } catch (recoveryError) {
      const left = state.jobs.map((j) => j.tempName).join(', ');
      throw adapterError(WRITING, error, {
        sv: `Återställningen misslyckades också (${String(recoveryError)}). Dolda blad (${left}) kan finnas kvar; nästa skrivning tar bort dem.`,
        en: `Recovery failed too (${String(recoveryError)}). Hidden sheets (${left}) may remain; the next write removes them.`,
      });
    }
    if (outcome === 'rolledForward' && state.report) {
      state.report.completedAfterFailure = true;
      state.report.syncs = state.syncs;
      state.report.notes.push({
        sv: 'Ett fel inträffade i sista steget; skrivningen slutfördes ändå.',
        en: 'An error occurred in the last step; the write was completed nonetheless.',
      });
      return state.report;
    }
    throw adapterError(WRITING, error, { sv: 'Arbetsboken är oförändrad.', en: 'The workbook is unchanged.' });
  }
}

async function writeBatch(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  state: WriteState,
  features: Features,
  budget: number,
): Promise<void> {
  // 1. Inspect.
  const sheets = ctx.workbook.worksheets.load('items/name,items/id,items/visibility');
  const tables = ctx.workbook.tables.load('items/name,items/worksheet/name');
  const active = ctx.workbook.worksheets.getActiveWorksheet().load('id');
  await ctx.sync();
  state.syncs += 1;
  state.originalActiveId = active.id;
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  while (taken.has(`~tmp-${state.writeId}-1`)) state.writeId = randomId();

  // 2. Build the new sheets under temporary names.
  state.phase = 'content';
  const tempNames = plan.sheets.map((_, i) => `~tmp-${state.writeId}-${i + 1}`);
  const retargeted = retargetFormulas(plan.sheets, tempNames);
  state.jobs = plan.sheets.map((planned, i) => ({
    planned: retargeted[i]!,
    index: i,
    tempName: tempNames[i]!,
    // Input sheets are the user's from the moment they exist: no marker, so no later write replaces them.
    ...(planned.kind === 'input'
      ? {}
      : {
          marker: formatMarker({
            key: planned.key,
            fingerprint: plan.stamp.inputFingerprint,
            generatedAt: plan.stamp.generatedAt,
            version: plan.stamp.version,
          }),
        }),
    tempTables: (planned.tables ?? []).map((_, j) => `tmp_${state.writeId}_${i + 1}_${j + 1}`),
  }));
  const skipped: SkipNote[] = [];
  const units = writeUnits(state.jobs, state.writeId, budget, features, skipped);
  const packs = packUnits(units, budget);
  const probes = sheets.items.map((ws) => ({
    id: ws.id,
    name: ws.name,
    hidden: ws.visibility !== 'Visible',
    marker: ws.names.getItemOrNullObject(MARKER_NAME).load('formula'),
    pending: ws.names.getItemOrNullObject(PENDING_NAME),
  }));
  if (packs.length === 0) packs.push([]); // nothing to build: one sync still loads the markers
  for (const pack of packs) {
    for (const unit of pack) unit.queue(ctx);
    await ctx.sync();
    state.syncs += 1;
    state.estimated.push(pack.reduce((n, u) => n + u.bytes, 0));
    for (const job of state.jobs) if (job.sheet && job.id === undefined) job.id = job.sheet.id;
  }

  // Which sheets are ours, and the final names.
  const existing: ExistingSheet[] = probes.map((p) => {
    const marker = p.marker.isNullObject ? undefined : textOfFormula(p.marker.formula);
    return {
      id: p.id,
      name: p.name,
      ...(marker !== undefined ? { marker } : {}),
      // A sheet added by a failed write before its pending mark was: hidden, unmarked, with our temporary name.
      pending: !p.pending.isNullObject || (marker === undefined && p.hidden && TEMP_NAME.test(p.name)),
      tables: tables.items.filter((t) => t.worksheet.name === p.name).map((t) => t.name),
    };
  });
  const names = planNames(plan.sheets, existing);
  state.old = names.replaced.filter((s): s is ExistingSheet => s !== undefined);
  state.leftovers = names.leftovers;

  // 3. Commit: reversible renames first, deletes last.
  state.phase = 'commit';
  state.old.forEach((old, k) => {
    old.tables.forEach((t, m) => {
      const backup = `old_${state.writeId}_${k + 1}_${m + 1}`;
      state.backupTables.set(backup, t);
      ctx.workbook.tables.getItem(t).name = backup;
    });
    ctx.workbook.worksheets.getItem(old.id).name = `~old-${state.writeId}-${k + 1}`;
  });
  for (const job of state.jobs) {
    const ws = job.sheet!;
    ws.name = names.finalNames[job.index]!;
    job.tempTables.forEach((t, m) => {
      ws.tables.getItem(t).name = names.finalTables[job.index]![m]!;
    });
    ws.visibility = 'Visible';
    ws.names.getItem(PENDING_NAME).delete();
  }
  const activate = plan.activate === undefined ? -1 : plan.sheets.findIndex((s) => s.name === plan.activate);
  if (activate >= 0) state.jobs[activate]!.sheet!.activate();
  for (const gone of [...state.old, ...state.leftovers]) ctx.workbook.worksheets.getItem(gone.id).delete();
  const commitOperations =
    state.old.reduce((n, s) => n + 2 + 2 * s.tables.length, 0) +
    state.jobs.reduce((n, j) => n + 5 + 2 * j.tempTables.length, 0) +
    2 * (state.old.length + state.leftovers.length) +
    (activate >= 0 ? 1 : 0);
  state.estimated.push(commitOperations * (PATH_BYTES + ACTION_BYTES));

  state.report = {
    sheets: state.jobs.map((job) => ({
      key: job.planned.key,
      name: names.finalNames[job.index]!,
      ...(names.replaced[job.index] ? { replaced: names.replaced[job.index]!.name } : {}),
    })),
    notes: [...names.notes, ...skippedNotes(skipped)],
    removedLeftovers: state.leftovers.map((s) => s.name),
    syncs: 0,
    estimatedBytesPerSync: state.estimated,
    completedAfterFailure: false,
  };
  await ctx.sync();
  state.syncs += 1;
  state.phase = 'done';
  state.report.syncs = state.syncs;
  const goneIds = new Set([...state.old, ...state.leftovers].map((s) => s.id));
  const goneNames = new Set(existing.filter((s) => goneIds.has(s.id)).map((s) => s.name));
  state.structureAfter = {
    sheets: [...existing.filter((s) => !goneIds.has(s.id)).map((s) => s.name), ...names.finalNames],
    tables: [
      ...tables.items.filter((t) => !goneNames.has(t.worksheet.name)).map((t) => t.name),
      ...names.finalTables.flat(),
    ],
  };
}

function skippedNotes(skipped: SkipNote[]): Bilingual[] {
  const features = [...new Set(skipped.map((s) => s.feature))];
  return features.map((f) => {
    const sheets = skipped
      .filter((s) => s.feature === f)
      .map((s) => s.sheet)
      .join(', ');
    return { sv: `${FEATURE_NOTES[f].sv} (${sheets})`, en: `${FEATURE_NOTES[f].en} (${sheets})` };
  });
}

/** After a failure: undo everything if no delete was applied yet, else finish the deletes. */
async function recover(run: ExcelRun, state: WriteState): Promise<'rolledBack' | 'rolledForward'> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name,items/id');
    const tables = ctx.workbook.tables.load('items/name');
    await ctx.sync();
    state.syncs += 1;
    const present = new Map(sheets.items.map((s) => [s.id, s]));
    const toDelete = [...state.old, ...state.leftovers];
    if (state.phase === 'commit' && toDelete.some((s) => !present.has(s.id))) {
      for (const s of toDelete) present.get(s.id)?.delete();
      await ctx.sync();
      state.syncs += 1;
      return 'rolledForward';
    }
    const tempIds = new Set(state.jobs.map((j) => j.id).filter((id) => id !== undefined));
    const tempNames = new Set(state.jobs.map((j) => j.tempName.toLowerCase()));
    // Delete the new sheets first: they may hold the names the old sheets get back.
    for (const s of sheets.items) if (tempIds.has(s.id) || tempNames.has(s.name.toLowerCase())) s.delete();
    for (const old of state.old) {
      const ws = present.get(old.id);
      if (ws && ws.name !== old.name) ws.name = old.name;
    }
    for (const t of tables.items) {
      const original = state.backupTables.get(t.name);
      if (original !== undefined) t.name = original;
    }
    if (state.phase === 'commit' && state.originalActiveId && present.has(state.originalActiveId)) {
      present.get(state.originalActiveId)!.activate();
    }
    await ctx.sync();
    state.syncs += 1;
    return 'rolledBack';
  });
}
