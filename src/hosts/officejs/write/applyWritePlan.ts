/**
 * Applying a WritePlan through Office.js, atomically and in few syncs.
 *
 * Syncs for a plan that fits one request (the Stockholm sample): three.
 *  1. inspect: sheet names and ids, table names, the active sheet, and the
 *     workbook-scoped names (the markers, src/workbook/marker.ts);
 *  2. build: a planned sheet that replaces a sheet of ours (found by its
 *     workbook-scoped marker) is written INTO that sheet — the same sheet
 *     object, so the analyst's formulas, names and charts that point at it
 *     keep working after a regeneration (Excel turns references to a deleted
 *     sheet into #REF!, and no later sheet of the same name repairs them).
 *     Before anything of it changes, the sheet gets a "being rewritten"
 *     marker (REWRITING_FINGERPRINT), then its old markers and tables go and
 *     its cells are emptied. Every other planned sheet is built under a
 *     temporary name, hidden, with the pending mark (and every existing
 *     sheet is probed for the legacy sheet-scoped marker and the pending
 *     mark) — a larger plan takes more syncs here, each under the size
 *     budget;
 *  3. commit, in this order: rename the sheets being replaced (found by
 *     marker, never by name) and their tables out of the way; give the new
 *     sheets and tables their final names, show them, drop their pending
 *     mark and add their markers (workbook-scoped names pointing at the
 *     final names); give kept sheets that carry only a legacy marker the
 *     workbook-scoped one too; move the new sheets to their tabs
 *     (Worksheet.position, ExcelApi 1.1: a sheet that replaces one of ours
 *     right before it, so it takes its place when that one is deleted; one
 *     that replaces nothing after the last sheet of ours, see
 *     src/workbook/tabOrder.ts); activate; then delete the replaced sheets and
 *     leftovers, and the marker names of the deleted sheets and any orphan
 *     marker names (of sheets deleted by the user).
 * Input sheets and any sheet without our marker are never touched. Planned
 * input sheets (the template) are created without a marker: from then on they
 * are the user's, and no write replaces or deletes them.
 *
 * Why the new markers are added in the commit and not with the sheets in
 * step 2: a marker then never points at a half-built sheet, so readers need
 * no pending check to trust a workbook-scoped marker, and the names change in
 * one sync only.
 *
 * Failure: everything before the first delete of step 3 can be undone —
 * except the contents of sheets rewritten in place, which Excel cannot give
 * back: those keep their "being rewritten" marker, read as not current, and
 * the error names them (the next write rewrites them). Otherwise a
 * failure there rolls back (temporary sheets deleted, the names this write
 * added deleted, renamed sheets and tables renamed back, the active sheet
 * restored): the workbook, its names included, is exactly as before and the
 * error is raised (moving a sheet changes no other sheet's order relative to
 * the rest, so deleting the moved new sheets restores the tab order too).
 * Excel cannot undelete a sheet, so once a delete has been applied — every
 * rename, add and move precedes the deletes — recovery completes
 * the write instead (deletes the rest, sheets and names) and reports success
 * with a note. Either way the workbook is in one of the two whole states,
 * never in between. If recovery itself fails, the error says which sheets
 * are left; they carry the pending mark and the next write removes them.
 */
import { formatMarker, parseMarker, plannedMarker, REWRITING_FINGERPRINT } from '../../../workbook/fingerprint';
import type { WritePlan } from '../../../workbook/plan';
import { adapterError, ExcelAdapterError } from '../errors';
import { rememberStructure, type WorkbookStructure } from '../read';
import {
  checkMarkerText,
  markerFormula,
  markerName,
  markerNamePrefix,
  MarkerTooLongError,
  PENDING_NAME,
} from '../../../workbook/marker';
import { legacyText, loadWorkbookNames, markersOf, probeSheet } from '../sheetMarkers';
import type { WorkbookMarkers } from '../../../workbook/marker';
import { officeIsSetSupported, type Bilingual, type ExcelRun, type IsSetSupported } from '../types';
import { positionMoves, tabOrder } from '../../../workbook/tabOrder';
import { planNames, type ExistingSheet } from './names';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';
import {
  FEATURE_NOTES,
  packUnits,
  retargetFormulas,
  writeUnits,
  type Features,
  type InPlaceTarget,
  type SheetJob,
  type SkipNote,
  type Unit,
} from './units';

/**
 * Estimated request bytes per sync: 4.75 MB, below Excel on the web's 5 MB
 * limit. The estimate (requestSize.ts) counts every argument exactly and
 * Office.js's envelope rounded up, so it is an upper bound; the last 5 % is
 * for what it cannot see (ids growing past five digits, Office.js versions).
 * The Stockholm sample is estimated at about 4.2 MB (the emulation measures
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
  /** Sheets of ours deleted because the plan asked (WritePlan.remove). */
  removed: string[];
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
  /** Workbook-scoped names the commit adds (new markers, migrated legacy ones): rollback deletes them. */
  addedNames: string[];
  /** Workbook-scoped names the commit deletes after the sheets (markers of deleted sheets, orphans). */
  tailNames: string[];
  originalActiveId?: string;
  syncs: number;
  estimated: number[];
  report?: WriteReport;
  /** Sheet and table names after a successful write, for the reader's next one-sync read. */
  structureAfter?: WorkbookStructure;
  /** Sheets of ours a failed write had started to rewrite in place: they now read as not current. */
  interrupted?: string[];
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
  const features: Features = {
    validation: isSet('ExcelApi', '1.8'),
    pageLayout: isSet('ExcelApi', '1.9'),
    axisPosition: isSet('ExcelApi', '1.8'),
  };
  // The plan's markers, verbatim (input sheets get none: they are the user's from the moment they exist).
  const markers = plan.sheets.map((planned) => plannedMarker(plan, planned));
  try {
    for (const m of markers) if (m !== undefined) checkMarkerText(m);
  } catch (error) {
    if (!(error instanceof MarkerTooLongError)) throw error;
    throw new ExcelAdapterError(
      'markerTooLong',
      {
        sv: `Bladens märkning blev för lång för Excel (${error.text.length} tecken, högst 255). Inget skrevs.`,
        en: `The sheet marker is too long for Excel (${error.text.length} characters, at most 255). Nothing was written.`,
      },
      error,
    );
  }
  const state: WriteState = {
    writeId: options.writeId ?? randomId(),
    phase: 'inspect',
    jobs: [],
    old: [],
    leftovers: [],
    backupTables: new Map(),
    addedNames: [],
    tailNames: [],
    syncs: 0,
    estimated: [],
  };
  try {
    const request: WriteRequest = { plan, markers, features, budget: options.syncBudget ?? SYNC_BUDGET_BYTES };
    await run((ctx) => writeBatch(ctx, request, state));
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
    const interrupted = state.interrupted ?? [];
    if (interrupted.length > 0) {
      const list = interrupted.map((n) => `”${n}”`).join(', ');
      throw adapterError(WRITING, error, {
        sv: `Bladen ${list} hann skrivas om delvis och är nu markerade som inaktuella; inget annat ändrades. Skriv scenarierna igen.`,
        en: `The sheets ${list} were partly rewritten and are now marked as not current; nothing else changed. Write the scenarios again.`,
      });
    }
    throw adapterError(WRITING, error, { sv: 'Arbetsboken är oförändrad.', en: 'The workbook is unchanged.' });
  }
}

/** The write id is free: no sheet has its temporary names, no name its marker names. */
function freeWriteId(id: string, sheetNames: Set<string>, names: string[]): boolean {
  const prefix = markerNamePrefix(id).toLowerCase();
  return !sheetNames.has(`~tmp-${id}-1`) && !names.some((n) => n.toLowerCase().startsWith(prefix));
}

/**
 * The whole write in one Excel.run: inspect the workbook (one sync), build
 * every planned sheet under a temporary name or in place (the content syncs),
 * then commit: renames, markers, tab order and, last, the deletes (one sync).
 * `state` records each step, so recover() can undo or finish a write that
 * failed half-way.
 */
async function writeBatch(ctx: Excel.RequestContext, request: WriteRequest, state: WriteState): Promise<void> {
  const { plan } = request;
  const inspected = await inspect(ctx, state);
  const built = await buildContent(ctx, request, state, inspected);
  const decided = decide(plan, state, built.existing, built.stored);
  await commit(ctx, plan, state, inspected, built, decided);
}

/** What the write is asked to do: the plan, each sheet's marker, what this Excel supports, and a sync's byte budget. */
interface WriteRequest {
  plan: WritePlan;
  markers: (string | undefined)[];
  features: Features;
  budget: number;
}

type Inspection = Awaited<ReturnType<typeof inspect>>;
type Content = Awaited<ReturnType<typeof buildContent>>;
type Decision = ReturnType<typeof decide>;

/** 1. Inspect: the sheets, tables, active sheet and workbook names, in one sync; a write id no name uses. */
async function inspect(ctx: Excel.RequestContext, state: WriteState) {
  const sheets = ctx.workbook.worksheets.load('items/name,items/id,items/visibility');
  const tables = ctx.workbook.tables.load('items/name,items/worksheet/name');
  const active = ctx.workbook.worksheets.getActiveWorksheet().load('id');
  const workbookNames = loadWorkbookNames(ctx);
  await ctx.sync();
  state.syncs += 1;
  state.originalActiveId = active.id;
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const nameList = workbookNames.items.map((n) => n.name);
  while (!freeWriteId(state.writeId, taken, nameList)) state.writeId = randomId();
  return { sheets, tables, workbookNames };
}

/**
 * 2. Build: sheets of ours that the plan replaces are rewritten in place; the
 * others are built under temporary names, hidden. Returns which existing
 * sheets are ours (as the probes sent with the content found them).
 */
async function buildContent(
  ctx: Excel.RequestContext,
  { plan, markers, features, budget }: WriteRequest,
  state: WriteState,
  { sheets, tables, workbookNames }: Inspection,
) {
  state.phase = 'content';
  const stored = markersOf(
    workbookNames,
    sheets.items.map((ws) => ws.name),
  );
  const inPlace = inPlaceTargets(plan, markers, sheets.items, tables.items, stored, state.writeId);
  const tempNames = plan.sheets.map((_, i) => inPlace[i]?.name ?? `~tmp-${state.writeId}-${i + 1}`);
  const retargeted = retargetFormulas(plan.sheets, tempNames);
  state.jobs = plan.sheets.map((planned, i) => ({
    planned: retargeted[i]!,
    index: i,
    tempName: tempNames[i]!,
    ...(markers[i] !== undefined ? { marker: markers[i] } : {}),
    ...(inPlace[i] ? { inPlace: inPlace[i] } : {}),
    tempTables: (planned.tables ?? []).map((_, j) => `tmp_${state.writeId}_${i + 1}_${j + 1}`),
  }));
  const skipped: SkipNote[] = [];
  const probes = sheets.items.map((ws) => ({
    id: ws.id,
    name: ws.name,
    hidden: ws.visibility !== 'Visible',
    probe: probeSheet(ws),
  }));
  const send = async (pack: Unit[]): Promise<void> => {
    for (const unit of pack) unit.queue(ctx);
    await ctx.sync();
    state.syncs += 1;
    state.estimated.push(pack.reduce((n, u) => n + u.bytes, 0));
    for (const job of state.jobs) if (job.sheet && job.id === undefined) job.id = job.sheet.id;
  };
  // Each pack is built as the one before it has been sent (packUnits), so only one sync's blocks are held at a time.
  let sent = 0;
  for (const pack of packUnits(writeUnits(state.jobs, state.writeId, budget, features, skipped), budget)) {
    await send(pack);
    sent += 1;
  }
  if (sent === 0) await send([]); // nothing to build: one sync still probes the sheets

  // Which sheets are ours (workbook-scoped marker, else the legacy one).
  const existing: ExistingSheet[] = probes.map((p) => {
    const current = stored.bySheet.get(p.name.toLowerCase());
    const legacy = current ? undefined : legacyText(p.probe);
    const marker = current?.text ?? legacy;
    return {
      id: p.id,
      name: p.name,
      ...(marker !== undefined ? { marker } : {}),
      markerNames: stored.namesBySheet.get(p.name.toLowerCase()) ?? [],
      legacy: legacy !== undefined,
      // A sheet added by a failed write before its pending mark was: hidden, unmarked, with our temporary name.
      pending: !p.probe.pending.isNullObject || (marker === undefined && p.hidden && TEMP_NAME.test(p.name)),
      tables: tables.items.filter((t) => t.worksheet.name === p.name).map((t) => t.name),
    };
  });
  return { stored, existing, skipped };
}

/**
 * The final names, and what goes: the sheets of ours the planned ones
 * replace (state.old), leftovers of a failed write and the sheets the plan
 * removes (state.leftovers), and the workbook names of both (state.tailNames).
 */
function decide(plan: WritePlan, state: WriteState, existing: ExistingSheet[], stored: Content['stored']) {
  // Sheets with the workbook-scoped marker first, so the replacements are the ones chosen for rewriting in place.
  const byMarker = [...existing].sort((a, b) => Number(a.legacy) - Number(b.legacy));
  const names = planNames(plan.sheets, byMarker, plan.renamed);
  for (const job of state.jobs) {
    if (job.inPlace && names.replaced[job.index]?.id !== job.inPlace.id) {
      throw new Error(`internal: '${job.inPlace.name}' is rewritten in place but not replaced by its planned sheet`);
    }
  }
  const inPlaceIds = new Set(state.jobs.flatMap((j) => (j.inPlace ? [j.inPlace.id] : [])));
  state.old = names.replaced.filter((s): s is ExistingSheet => s !== undefined && !inPlaceIds.has(s.id));
  // Sheets the plan deletes: only ours that nothing planned replaces (never an input sheet or the analyst's own).
  const remove = new Set((plan.remove ?? []).map((n) => n.toLowerCase()));
  const replacedIds = new Set(names.replaced.flatMap((s) => (s ? [s.id] : [])));
  const removals = existing.filter(
    (s) => remove.has(s.name.toLowerCase()) && s.marker !== undefined && !s.pending && !replacedIds.has(s.id),
  );
  state.leftovers = [...names.leftovers, ...removals];
  const gone = new Set([...state.old, ...state.leftovers]);
  // Kept sheets of ours marked only the previous version's way get the workbook-scoped marker too, so readers see them.
  const migrated = existing.filter((s) => !gone.has(s) && s.legacy && parseMarker(s.marker) !== undefined);
  state.tailNames = [...[...gone].flatMap((s) => s.markerNames), ...stored.orphans];
  return { names, inPlaceIds, removals, gone, migrated };
}

/** 3. Commit: reversible renames and adds first, deletes last (the point of no return), in one sync. */
async function commit(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  state: WriteState,
  { tables }: Inspection,
  { existing, skipped }: Content,
  { names, inPlaceIds, removals, gone, migrated }: Decision,
): Promise<void> {
  state.phase = 'commit';
  let markerBytes = 0;
  state.old.forEach((old, k) => {
    old.tables.forEach((t, m) => {
      const backup = `old_${state.writeId}_${k + 1}_${m + 1}`;
      state.backupTables.set(backup, t);
      ctx.workbook.tables.getItem(t).name = backup;
    });
    ctx.workbook.worksheets.getItem(old.id).name = `~old-${state.writeId}-${k + 1}`;
  });
  // A sheet rewritten in place that changes its name steps aside first: another sheet may take its old name.
  const renamedInPlace = state.jobs.filter((j) => j.inPlace && j.inPlace.name !== names.finalNames[j.index]);
  renamedInPlace.forEach((job, k) => {
    job.sheet!.name = `~ren-${state.writeId}-${k + 1}`;
  });
  for (const job of state.jobs) {
    const ws = job.sheet!;
    const finalName = names.finalNames[job.index]!;
    if (!job.inPlace || job.inPlace.name !== finalName) ws.name = finalName;
    job.tempTables.forEach((t, m) => {
      ws.tables.getItem(t).name = names.finalTables[job.index]![m]!;
    });
    if (job.inPlace) {
      for (const chart of job.oldCharts!.items) chart.delete();
    } else {
      ws.visibility = 'Visible';
      ws.names.getItem(PENDING_NAME).delete();
    }
    if (job.marker !== undefined) markerBytes += addMarker(ctx, state, finalName, job.marker);
    // After the real marker: were the batch to stop between the two, the "being rewritten" one would still win.
    if (job.inPlace) ctx.workbook.names.getItem(job.inPlace.interim.name).delete();
  }
  for (const s of migrated) markerBytes += addMarker(ctx, state, s.name, s.marker!);
  const newJobs = state.jobs.filter((j) => !j.inPlace);
  const moves = newSheetMoves(existing, newJobs, names.replaced);
  for (const m of moves) state.jobs.find((j) => j.id === m.id)!.sheet!.position = m.position;
  const activate = plan.activate === undefined ? -1 : plan.sheets.findIndex((s) => s.name === plan.activate);
  if (activate >= 0) state.jobs[activate]!.sheet!.activate();
  // The point of no return: deletes only from here on (see recover).
  for (const s of gone) ctx.workbook.worksheets.getItem(s.id).delete();
  for (const n of state.tailNames) ctx.workbook.names.getItem(n).delete();
  const commitOperations =
    state.old.reduce((n, s) => n + 2 + 2 * s.tables.length, 0) +
    renamedInPlace.length +
    state.jobs.reduce((n, j) => n + 5 + 2 * j.tempTables.length + (j.oldCharts?.items.length ?? 0), 0) +
    2 * (state.addedNames.length + gone.size + state.tailNames.length) +
    moves.length +
    (activate >= 0 ? 1 : 0);
  const nameBytes = jsonBytes(state.tailNames);
  state.estimated.push(commitOperations * (PATH_BYTES + ACTION_BYTES) + markerBytes + nameBytes);

  state.report = {
    sheets: state.jobs.map((job) => ({
      key: job.planned.key,
      name: names.finalNames[job.index]!,
      ...(names.replaced[job.index] ? { replaced: names.replaced[job.index]!.name } : {}),
    })),
    notes: [...names.notes, ...skippedNotes(skipped)],
    removedLeftovers: names.leftovers.map((s) => s.name),
    removed: removals.map((s) => s.name),
    syncs: 0,
    estimatedBytesPerSync: state.estimated,
    completedAfterFailure: false,
  };
  await ctx.sync();
  state.syncs += 1;
  state.phase = 'done';
  state.report.syncs = state.syncs;
  // Sheets rewritten in place are listed once, under their final names, with their new tables.
  const goneIds = new Set([...state.old, ...state.leftovers].map((s) => s.id).concat([...inPlaceIds]));
  const goneNames = new Set(existing.filter((s) => goneIds.has(s.id)).map((s) => s.name));
  const keptTables = tables.items.filter((t) => !goneNames.has(t.worksheet.name));
  state.structureAfter = {
    sheets: [...existing.filter((s) => !goneIds.has(s.id)).map((s) => s.name), ...names.finalNames],
    tables: [...keptTables.map((t) => t.name), ...names.finalTables.flat()],
    tableSheets: [
      ...keptTables.map((t) => t.worksheet.name),
      ...names.finalTables.flatMap((tables, i) => tables.map(() => names.finalNames[i]!)),
    ],
  };
}

/**
 * The sheets of ours the plan rewrites in place, by planned sheet: those
 * with the workbook-scoped marker (known from the inspection) whose key a
 * planned generated sheet has — the same choice planNames makes. A sheet
 * marked only the previous version's way (seen after the first content
 * sync) is still replaced by a new sheet, as before.
 */
function inPlaceTargets(
  plan: WritePlan,
  markers: (string | undefined)[],
  sheets: Excel.Worksheet[],
  tables: Excel.Table[],
  stored: WorkbookMarkers,
  writeId: string,
): (InPlaceTarget | undefined)[] {
  const ours: ExistingSheet[] = sheets.flatMap((ws) => {
    const marker = stored.bySheet.get(ws.name.toLowerCase());
    // A hidden sheet under our temporary name is a failed write's leftover: removed, never rewritten.
    if (!marker || (ws.visibility !== 'Visible' && TEMP_NAME.test(ws.name))) return [];
    return [
      {
        id: ws.id,
        name: ws.name,
        marker: marker.text,
        markerNames: stored.namesBySheet.get(ws.name.toLowerCase()) ?? [],
        legacy: false,
        pending: false,
        tables: tables.filter((t) => t.worksheet.name === ws.name).map((t) => t.name),
      },
    ];
  });
  const { replaced } = planNames(plan.sheets, ours, plan.renamed);
  return replaced.map((old, i) => {
    const marker = parseMarker(markers[i]);
    if (!old || !marker) return undefined;
    const interimText = formatMarker({ ...marker, fingerprint: REWRITING_FINGERPRINT });
    return {
      id: old.id,
      name: old.name,
      tables: old.tables,
      markerNames: old.markerNames,
      interim: { name: markerName(writeId, `r${i + 1}`), formula: markerFormula(old.name, interimText) },
    };
  });
}

/**
 * Where the new sheets go (src/workbook/tabOrder.ts): the workbook's sheets as
 * inspected, in tab order, then the new ones, which worksheets.add put at
 * the end in the plan's order.
 */
function newSheetMoves(existing: ExistingSheet[], jobs: SheetJob[], replaced: (ExistingSheet | undefined)[]) {
  const ids = jobs.map((j) => j.id!);
  const target = tabOrder(
    existing.map((s) => ({ id: s.id, ours: s.marker !== undefined && !s.pending })),
    jobs.map((j, i) => ({
      id: ids[i]!,
      ...(replaced[j.index] ? { replaces: replaced[j.index]!.id } : {}),
      generated: j.planned.kind !== 'input',
    })),
  );
  return positionMoves([...existing.map((s) => s.id), ...ids], target, new Set(ids));
}

/** Queues a new hidden workbook-scoped marker name for the sheet now named `sheetName`; its arguments' bytes. */
function addMarker(ctx: Excel.RequestContext, state: WriteState, sheetName: string, text: string): number {
  const name = markerName(state.writeId, state.addedNames.length + 1);
  const formula = markerFormula(sheetName, text);
  ctx.workbook.names.add(name, formula).visible = false;
  state.addedNames.push(name);
  return jsonBytes([name, formula, '']);
}

function isOwnName(name: string, state: WriteState): boolean {
  return name.toLowerCase().startsWith(markerNamePrefix(state.writeId).toLowerCase());
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

/** After a failure: undo everything if no delete was applied yet, else finish the deletes (sheets, then names). */
async function recover(run: ExcelRun, state: WriteState): Promise<'rolledBack' | 'rolledForward'> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name,items/id');
    const tables = ctx.workbook.tables.load('items/name');
    const names = ctx.workbook.names.load('items/name');
    await ctx.sync();
    state.syncs += 1;
    const present = new Map(sheets.items.map((s) => [s.id, s]));
    const presentNames = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
    const toDelete = [...state.old, ...state.leftovers];
    const deleted =
      toDelete.some((s) => !present.has(s.id)) || state.tailNames.some((n) => !presentNames.has(n.toLowerCase()));
    if (state.phase === 'commit' && deleted) {
      for (const s of toDelete) present.get(s.id)?.delete();
      for (const n of state.tailNames) presentNames.get(n.toLowerCase())?.delete();
      await ctx.sync();
      state.syncs += 1;
      return 'rolledForward';
    }
    const newJobs = state.jobs.filter((j) => !j.inPlace);
    const inPlaceJobs = state.jobs.filter((j) => j.inPlace);
    const tempIds = new Set(newJobs.map((j) => j.id).filter((id) => id !== undefined));
    const tempNames = new Set(newJobs.map((j) => j.tempName.toLowerCase()));
    // A sheet rewritten in place cannot get its old contents back. Once its rewriting began (its old markers
    // are gone), it keeps — or gets back, when the commit had already swapped it for the new one — its "being
    // rewritten" marker: it then reads as not current, and the next write rewrites it. A sheet whose old
    // markers are all still there was not touched.
    const interims = new Set(inPlaceJobs.map((j) => j.inPlace!.interim.name.toLowerCase()));
    const begun = inPlaceJobs.filter(({ inPlace: t }) => {
      if (presentNames.has(t!.interim.name.toLowerCase())) return true;
      return t!.markerNames.every((n) => !presentNames.has(n.toLowerCase()));
    });
    state.interrupted = begun.map((j) => j.inPlace!.name);
    // Delete the new sheets first: they may hold the names the old sheets get back.
    for (const s of sheets.items) if (tempIds.has(s.id) || tempNames.has(s.name.toLowerCase())) s.delete();
    // The names this write added (markers only in the commit). Its id makes them unmistakable.
    for (const n of names.items) if (isOwnName(n.name, state) && !interims.has(n.name.toLowerCase())) n.delete();
    for (const old of [...state.old, ...inPlaceJobs.map((j) => j.inPlace!)]) {
      const ws = present.get(old.id);
      if (ws && ws.name !== old.name) ws.name = old.name;
    }
    for (const { inPlace: t } of begun) {
      if (!presentNames.has(t!.interim.name.toLowerCase()))
        ctx.workbook.names.add(t!.interim.name, t!.interim.formula).visible = false;
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
