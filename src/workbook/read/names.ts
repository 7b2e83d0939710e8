/**
 * The names that link rows across tables (solutions, payers, keys,
 * alternatives, cost lines): ids are the names as first written, unique and
 * compared with normaliseKey, so "schema" in a contract finds "Schema".
 */
import type { CellRef, Problem } from '../../engine/model';
import { normaliseKey, skeleton } from '../schema/normalise';
import type { Texts } from '../schema/types';
import { duplicateName } from './messages';

/** Why an unknown name may not be what it seems (see unknownName). */
export interface NameHint {
  unreadAt?: CellRef;
  lookalike?: { id: string; at: CellRef };
}

export class NameRegistry {
  private readonly byKey = new Map<string, { id: string; at: CellRef }>();
  /** Names in rows of the defining table that are not read (below a gap): a reference to one says where it is. */
  private readonly unread = new Map<string, CellRef>();
  /**
   * False when the defining table is missing or broken: references are then
   * not checked, so one missing table does not bury the user in follow-on problems.
   */
  complete = true;

  constructor(readonly kind: Texts) {}

  /** Registers a name; reports duplicateName and returns false if taken. */
  add(name: string, at: CellRef, problems: Problem[]): boolean {
    const key = normaliseKey(name);
    const first = this.byKey.get(key);
    if (first) {
      problems.push(duplicateName(at, name, this.kind, first.at));
      return false;
    }
    this.byKey.set(key, { id: name, at });
    return true;
  }

  /** Registers `base`, or `base (2)`, `base (3)` … when taken: for ids derived from other columns. */
  addNumbered(base: string, at: CellRef): string {
    let name = base;
    for (let n = 2; this.byKey.has(normaliseKey(name)); n++) name = `${base} (${n})`;
    this.byKey.set(normaliseKey(name), { id: name, at });
    return name;
  }

  /** A name written in a row that is not read (see LocatedBlock.rowsNotRead). */
  addUnread(name: string, at: CellRef): void {
    const key = normaliseKey(name);
    if (key !== '' && !this.unread.has(key)) this.unread.set(key, at);
  }

  /** Where an unknown name stands in a row that is not read, if it does. */
  unreadAt(name: string): CellRef | undefined {
    return this.byKey.has(normaliseKey(name)) ? undefined : this.unread.get(normaliseKey(name));
  }

  /** What to say about an unknown name beyond "not found": where it stands unread, or the name it looks like. */
  hintFor(name: string): NameHint {
    const unreadAt = this.unreadAt(name);
    if (unreadAt) return { unreadAt };
    const lookalike = this.lookalike(name);
    return lookalike ? { lookalike } : {};
  }

  /** A registered name that looks the same as `name` but differs in a letter from another script. */
  lookalike(name: string): { id: string; at: CellRef } | undefined {
    const key = normaliseKey(name);
    const eye = skeleton(name);
    for (const [k, entry] of this.byKey) if (k !== key && skeleton(entry.id) === eye) return entry;
    return undefined;
  }

  has(name: string): boolean {
    return this.byKey.has(normaliseKey(name));
  }

  /** The id for a typed name, or undefined when unknown. */
  resolve(name: string): string | undefined {
    return this.byKey.get(normaliseKey(name))?.id;
  }

  ids(): string[] {
    return [...this.byKey.values()].map((v) => v.id);
  }
}
