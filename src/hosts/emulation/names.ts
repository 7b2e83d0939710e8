/**
 * Defined names (ExcelApi 1.4; `formula` 1.7), workbook-scoped
 * (`workbook.names`) and worksheet-scoped (`worksheet.names`): where the
 * add-in keeps its sheet markers (src/workbook/marker.ts).
 *
 * Modelled: add, getItem, getItemOrNullObject, loading items; a name's
 * name, formula, visible, scope, comment and delete. Name rules: a valid
 * identifier (not a cell reference), unique within its scope ignoring case.
 * A formula must start with '=' and every text literal in it holds at most
 * 255 characters (else InvalidArgument); a formula naming a sheet that does
 * not exist is not modelled (Excel would read it as a link to another file),
 * so it fails loudly, as for cell formulas (range.ts). What Excel does to references
 * when a sheet is renamed or deleted is in worksheet.ts (rewriteRefs), for
 * names and cells alike. A name's `value` and `type` are modelled for text
 * constants and plain references only; anything else throws.
 */
import { sheetRefs } from '../../workbook/formulaRefs';
import type { EmulatedContext } from './context';
import { EmulatedObject, loadItems, pick } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import { checkDefinedName } from './rules';
import { findSheet, type BookState, type NameState } from './state';
import { strict } from './strict';

/** What holds names: the workbook (scope 'Workbook') or a sheet ('Worksheet'). */
export interface NameHolder {
  names: NameState[];
  /** Set on a deleted sheet; the workbook is never deleted. */
  deleted?: boolean;
}

type Scope = 'Workbook' | 'Worksheet';

interface NameTarget {
  holder: NameHolder;
  scope: Scope;
  item: NameState;
}

const TEXT_CONSTANT = /^="((?:[^"]|"")*)"$/;
const PLAIN_REFERENCE = /^=(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/u;

/** The value Excel shows for a name, for the formulas modelled. */
function nameValue(formula: string): string {
  const text = TEXT_CONSTANT.exec(formula);
  if (text) return text[1]!.replace(/""/g, '"');
  if (PLAIN_REFERENCE.test(formula)) return formula.slice(1);
  throw notModelled(`NamedItem.value of '${formula}'`);
}

function nameType(formula: string): string {
  if (TEXT_CONSTANT.test(formula)) return 'String';
  if (PLAIN_REFERENCE.test(formula)) return 'Range';
  throw notModelled(`NamedItem.type of '${formula}'`);
}

/** The text literals of a formula ("" inside is one quote), skipping quoted sheet names. */
export function textLiterals(formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      if (ch === '"') out.push(formula.slice(i + 1, j).replace(/""/g, '"'));
      i = j + 1;
    } else i += 1;
  }
  return out;
}

/** Excel's checks on a name's formula at `names.add`. */
function checkFormula(book: BookState, reference: unknown, location: string): string {
  if (typeof reference !== 'string' || !reference.startsWith('=')) {
    throw new EmulatedExcelError('InvalidArgument', location, 'reference must be a formula string');
  }
  if (textLiterals(reference).some((t) => t.length > 255)) {
    throw new EmulatedExcelError('InvalidArgument', location, 'text literals in formulas hold at most 255 characters');
  }
  // '#REF!' is an error value, not a sheet named REF.
  for (const sheet of sheetRefs(reference.replace(/#REF!/gi, '#REF'))) {
    if (!findSheet(book, sheet)) throw notModelled(`a name referring to the missing sheet '${sheet}' (${reference})`);
  }
  return reference;
}

export class EmulatedNamedItem extends EmulatedObject<NameTarget> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'NamedItem');
  }
  override _checkAlive(t: NameTarget, location: string): void {
    if (t.holder.deleted || !t.holder.names.includes(t.item)) throw new EmulatedExcelError('ItemNotFound', location);
  }
  get name(): string {
    return this._get('name');
  }
  get formula(): string {
    return this._get('formula');
  }
  get value(): string {
    return this._get('value');
  }
  get type(): string {
    return this._get('type');
  }
  get scope(): Scope {
    return this._get('scope');
  }
  get comment(): string {
    return this._get('comment');
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (t) => {
      t.item.visible = Boolean(v);
    });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      t.holder.names = t.holder.names.filter((n) => n !== t.item);
    });
  }
  _snapshot(t: NameTarget, props: string[]): Record<string, unknown> {
    return pick('NamedItem', props, {
      name: () => t.item.name,
      formula: () => t.item.formula,
      value: () => nameValue(t.item.formula),
      type: () => nameType(t.item.formula),
      scope: () => t.scope,
      comment: () => t.item.comment,
      visible: () => t.item.visible,
    });
  }
}

export class EmulatedNamedItemCollection extends EmulatedObject<NameHolder> {
  /**
   * `holder` resolves the workbook or the sheet when a queued operation runs;
   * `parentId` is the proxy the collection hangs off (for the request payload).
   */
  constructor(
    ctx: EmulatedContext,
    private holder: (location: string) => NameHolder,
    private parentId: number | 'workbook',
    private scope: Scope,
  ) {
    super(ctx, 'NamedItemCollection');
  }
  override _t(location: string): NameHolder {
    return this.holder(location);
  }
  get items(): EmulatedNamedItem[] {
    return this._get('items');
  }

  private find(holder: NameHolder, name: string): NameState | undefined {
    return holder.names.find((n) => n.name.toLowerCase() === String(name).toLowerCase());
  }

  add(name: string, reference: string, comment?: string): EmulatedNamedItem {
    const item = strict(new EmulatedNamedItem(this._ctx), 'NamedItem');
    return item._create({ parent: this.parentId, call: 'names.add', args: [name, reference, comment ?? ''] }, () => {
      const location = 'NamedItemCollection.add';
      const holder = this._t(location);
      const state: NameState = {
        name: checkDefinedName(holder, name, location),
        formula: checkFormula(this._ctx.book, reference, location),
        visible: true,
        comment: comment ?? '',
      };
      holder.names.push(state);
      return { holder, scope: this.scope, item: state };
    });
  }

  getItem(name: string): EmulatedNamedItem {
    const item = strict(new EmulatedNamedItem(this._ctx), 'NamedItem');
    return item._create({ parent: this.parentId, call: 'names.getItem', args: [name] }, () => {
      const holder = this._t('NamedItemCollection.getItem');
      const found = this.find(holder, name);
      if (!found) throw new EmulatedExcelError('ItemNotFound', 'NamedItemCollection.getItem', `no name '${name}'`);
      return { holder, scope: this.scope, item: found };
    });
  }

  getItemOrNullObject(name: string): EmulatedNamedItem {
    const item = strict(new EmulatedNamedItem(this._ctx), 'NamedItem');
    return item._create({ parent: this.parentId, call: 'names.getItemOrNullObject', args: [name] }, () => {
      const holder = this._t('NamedItemCollection.getItemOrNullObject');
      const found = this.find(holder, name);
      return found ? { holder, scope: this.scope, item: found } : null;
    });
  }

  _snapshot(holder: NameHolder, props: string[]): Record<string, unknown> {
    return loadItems('NamedItemCollection', props, holder.names, (n) =>
      strict(new EmulatedNamedItem(this._ctx), 'NamedItem')._createResolved({ holder, scope: this.scope, item: n }),
    );
  }
}
