/**
 * The command line's file access: reading the input, writing outputs whole or
 * not at all, and every file-system failure as a CliFileError whose message
 * (sv/en) names the path, what was found there and what was expected — never
 * Node's English text or a stack trace.
 *
 * Writing: each new file goes beside its target under a temporary name and is
 * renamed over it, so a crash or a full disk never leaves a half-written
 * workbook — above all not with --in-place, where the target is the user's
 * input. With several outputs (workbook and --json) every temporary file is
 * written before the first rename, so a failure leaves none of them.
 *
 * Missing folders of an output path are created one at a time, never with
 * `mkdirSync(…, { recursive: true })`: Node 20's recursive mkdir loops for
 * ever (100 % CPU, no error) when mkdir answers ENOENT for a folder whose
 * parent exists — /proc, some network and FUSE file systems — which is how
 * an unwritable output location made the command spin. Folders created for a
 * write that then fails are removed again.
 */

import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import type { Language } from './args';
import type { Bilingual } from '../../engine/text';

/** Which file of the command a path is: the words a message uses for it. */
export type FileRole = 'input' | 'output' | 'summary' | 'template' | 'demo';

export type CliFileErrorCode =
  | 'notFound'
  | 'isDirectory'
  | 'parentIsFile'
  | 'noPermission'
  | 'readOnly'
  | 'noSpace'
  | 'nameTooLong'
  | 'cannotCreateFolder'
  | 'cannotCreateFile'
  | 'other';

const ROLE: Record<FileRole, Bilingual> = {
  input: { sv: 'indatafilen', en: 'the input file' },
  output: { sv: 'utdatafilen', en: 'the output file' },
  summary: { sv: 'sammanfattningen (--json)', en: 'the summary (--json)' },
  template: { sv: 'mallen', en: 'the template' },
  demo: { sv: 'demoarbetsboken', en: 'the demo workbook' },
};

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What to do about it, per role: where the user chooses the path. */
const CHOOSE: Record<FileRole, Bilingual> = {
  input: { sv: 'Ange sökvägen till en .xlsx-fil.', en: 'Give the path of an .xlsx file.' },
  output: {
    sv: 'Välj en annan utdatafil med -o.',
    en: 'Choose another output file with -o.',
  },
  summary: { sv: 'Välj en annan fil med --json.', en: 'Choose another file with --json.' },
  template: { sv: 'Välj ett annat filnamn.', en: 'Choose another file name.' },
  demo: {
    sv: 'Flytta undan det som står i vägen, eller kör demot från en mapp där du får skriva.',
    en: 'Move what is in the way, or run the demo from a folder you may write in.',
  },
};

export class CliFileError extends Error {
  readonly bilingual: Bilingual;

  constructor(
    readonly code: CliFileErrorCode,
    readonly role: FileRole,
    /** The path the user gave. */
    readonly path: string,
    /** The path where the problem was found (a parent folder, say); the user's path when the same. */
    readonly found: string = path,
    /** The system's error code (EIO …), shown for 'other'. */
    readonly systemCode?: string,
  ) {
    const bilingual = fileMessage(code, role, path, found, systemCode);
    super(bilingual.en);
    this.name = 'CliFileError';
    this.bilingual = bilingual;
  }
}

function fileMessage(
  code: CliFileErrorCode,
  role: FileRole,
  file: string,
  found: string,
  systemCode: string | undefined,
): Bilingual {
  const what = ROLE[role];
  const reading = role === 'input';
  const head: Bilingual = {
    sv: `Kan inte ${reading ? 'läsa' : 'skriva'} ${what.sv} ${file}:`,
    en: `Cannot ${reading ? 'read' : 'write'} ${what.en} ${file}:`,
  };
  const then = CHOOSE[role];
  const say = (sv: string, en: string): Bilingual => ({
    sv: `${head.sv} ${sv} ${then.sv}`,
    en: `${head.en} ${en} ${then.en}`,
  });
  switch (code) {
    case 'notFound':
      return say('det finns ingen fil där.', 'there is no file there.');
    case 'isDirectory':
      return reading
        ? say('det är en mapp; väntade en fil.', 'it is a folder; expected a file.')
        : say(
            `det är en mapp; väntade ett filnamn, t.ex. ${path.join(file, 'scenarier.xlsx')}.`,
            `it is a folder; expected a file name, e.g. ${path.join(file, 'scenarios.xlsx')}.`,
          );
    case 'parentIsFile':
      return say(`${found} är en fil; väntade en mapp.`, `${found} is a file; expected a folder.`);
    case 'noPermission':
      return reading
        ? say('du saknar behörighet att läsa filen.', 'you have no permission to read the file.')
        : say(
            `du saknar behörighet att skriva i mappen ${found}.`,
            `you have no permission to write in the folder ${found}.`,
          );
    case 'readOnly':
      return say(
        `mappen ${found} ligger på en skrivskyddad enhet.`,
        `the folder ${found} is on a read-only file system.`,
      );
    case 'noSpace':
      return say('disken är full.', 'the disk is full.');
    case 'nameTooLong':
      return say('sökvägen eller filnamnet är för långt.', 'the path or file name is too long.');
    case 'cannotCreateFolder':
      return say(
        `mappen ${found} finns inte och kan inte skapas där.`,
        `the folder ${found} does not exist and cannot be created there.`,
      );
    case 'cannotCreateFile':
      return say(`mappen ${found} tar inte emot nya filer.`, `the folder ${found} does not take new files.`);
    case 'other':
      return say(
        `filsystemet svarade med felkoden ${systemCode ?? 'okänd'}.`,
        `the file system answered with the error code ${systemCode ?? 'unknown'}.`,
      );
  }
}

/** `capital(ROLE…)` for callers that start a sentence with the role. */
export function roleName(role: FileRole, language: Language): string {
  return capital(ROLE[role][language]);
}

function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A Node file-system error as a CliFileError; anything else (a bug) is passed on. */
export function fileErrorFrom(error: unknown, role: FileRole, file: string, found: string = file): CliFileError {
  if (error instanceof CliFileError) return error;
  const errno = errnoOf(error);
  if (errno === undefined) throw error;
  switch (errno) {
    case 'ENOENT':
      return new CliFileError(role === 'input' ? 'notFound' : 'cannotCreateFolder', role, file, found);
    case 'EISDIR':
      return new CliFileError('isDirectory', role, file);
    case 'ENOTDIR':
    case 'EEXIST':
      return new CliFileError('parentIsFile', role, file, nearestNonFolder(file) ?? found);
    case 'EACCES':
    case 'EPERM':
      return new CliFileError('noPermission', role, file, found);
    case 'EROFS':
      return new CliFileError('readOnly', role, file, found);
    case 'ENOSPC':
    case 'EDQUOT':
      return new CliFileError('noSpace', role, file, found);
    case 'ENAMETOOLONG':
      return new CliFileError('nameTooLong', role, file, found);
    default:
      return new CliFileError('other', role, file, found, errno);
  }
}

/** The path's status, or the errno when it cannot be had. */
function statOf(p: string): Stats | string {
  try {
    return statSync(p);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === undefined) throw error;
    return errno;
  }
}

/** The first ancestor of `file` (from the top down) that exists and is not a folder. */
function nearestNonFolder(file: string): string | undefined {
  const absolute = path.resolve(file);
  const chain: string[] = [];
  for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const s = statOf(dir);
    if (typeof s !== 'string' && !s.isDirectory()) return dir;
  }
  return undefined;
}

/** The input's bytes; every failure a CliFileError naming the path. */
export function readInputFile(file: string): Uint8Array {
  const s = statOf(file);
  if (typeof s === 'string') {
    throw s === 'ENOTDIR' ? new CliFileError('notFound', 'input', file) : fileErrorFrom({ code: s }, 'input', file);
  }
  if (s.isDirectory()) throw new CliFileError('isDirectory', 'input', file);
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw fileErrorFrom(error, 'input', file);
  }
}

/**
 * Where an output could go, checked without writing anything: not a folder,
 * every existing ancestor a folder, the nearest existing one writable.
 * Returns the folders that would have to be created, top-down.
 */
export function checkOutputPath(file: string, role: FileRole): string[] {
  const absolute = path.resolve(file);
  const target = statOf(absolute);
  if (typeof target !== 'string' && target.isDirectory()) throw new CliFileError('isDirectory', role, file);
  const missing: string[] = [];
  let dir = path.dirname(absolute);
  for (;;) {
    const s = statOf(dir);
    if (typeof s !== 'string') {
      if (!s.isDirectory()) throw new CliFileError('parentIsFile', role, file, dir);
      break;
    }
    if (s === 'ENOTDIR') throw new CliFileError('parentIsFile', role, file, nearestNonFolder(file) ?? dir);
    if (s !== 'ENOENT') throw fileErrorFrom({ code: s }, role, file, dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new CliFileError('cannotCreateFolder', role, file, dir);
    missing.unshift(dir);
    dir = parent;
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw fileErrorFrom(error, role, file, dir);
  }
  return missing;
}

export interface OutputFile {
  target: string;
  data: Uint8Array | string;
  role: FileRole;
}

/**
 * Writes every file, or none: all temporary files first, then the renames.
 * Throws a CliFileError; temporary files and folders created are removed.
 */
export function writeFilesAtomic(files: OutputFile[]): void {
  const created: string[] = [];
  const temporaries: string[] = [];
  let current: OutputFile | undefined;
  let where = '';
  let creatingFolder = false;
  try {
    const staged: { file: OutputFile; temporary: string }[] = [];
    for (const file of files) {
      current = file;
      for (const dir of checkOutputPath(file.target, file.role)) {
        where = dir;
        creatingFolder = true;
        mkdirSync(dir);
        created.push(dir);
      }
      creatingFolder = false;
      const folder = path.dirname(path.resolve(file.target));
      where = folder;
      // Short and fixed in length, so a long target name cannot make the temporary one too long.
      const temporary = path.join(folder, `.skolkostnad-${process.pid}-${staged.length}.tmp`);
      temporaries.push(temporary);
      writeFileSync(temporary, file.data);
      staged.push({ file, temporary });
    }
    for (const { file, temporary } of staged) {
      current = file;
      where = path.dirname(path.resolve(file.target));
      renameSync(temporary, file.target);
      temporaries.splice(temporaries.indexOf(temporary), 1);
    }
  } catch (error) {
    for (const t of temporaries) rmSync(t, { force: true });
    for (const dir of created.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty or already gone: leave it; it holds nothing of ours.
      }
    }
    if (!current) throw error;
    // ENOENT while writing into a folder that exists (/proc, say) is not a missing folder.
    if (!creatingFolder && errnoOf(error) === 'ENOENT')
      throw new CliFileError('cannotCreateFile', current.role, current.target, where);
    throw fileErrorFrom(error, current.role, current.target, where);
  }
}

export function writeFileAtomic(target: string, data: Uint8Array | string, role: FileRole = 'output'): void {
  writeFilesAtomic([{ target, data, role }]);
}
