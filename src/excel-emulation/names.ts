/**
 * Worksheet-scoped defined names (ExcelApi 1.4; `formula` 1.7): where the
 * add-in keeps its sheet markers, as the .xlsx adapter does.
 */
import type { EmulatedContext } from './context';
import { EmulatedObject, loadItems, pick } from './clientObject';
import { EmulatedExcelError } from './errors';
import { checkDefinedName } from './rules';
import type { NameState, SheetState } from './state';
import { strict } from './strict';

interface NameTarget {
  sheet: SheetState;
  item: NameState;
}

/** The value Excel shows for a name: the text of a text constant, else the formula without '='. */
function nameValue(formula: string): string {
  const body = formula.replace(/^=/, '');
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  return text ? text[1]!.replace(/""/g, '"') : body;
}

export class EmulatedNamedItem extends EmulatedObject<NameTarget> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'NamedItem');
  }
  override _checkAlive(t: NameTarget, location: string): void {
    if (t.sheet.deleted || !t.sheet.names.includes(t.item)) throw new EmulatedExcelError('ItemNotFound', location);
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
      t.sheet.names = t.sheet.names.filter((n) => n !== t.item);
    });
  }
  _snapshot(t: NameTarget, props: string[]): Record<string, unknown> {
    return pick('NamedItem', props, {
      name: () => t.item.name,
      formula: () => t.item.formula,
      value: () => nameValue(t.item.formula),
      visible: () => t.item.visible,
      type: () => (/^="/.test(t.item.formula) ? 'String' : 'Range'),
    });
  }
}

export class EmulatedNamedItemCollection extends EmulatedObject<SheetState> {
  constructor(
    ctx: EmulatedContext,
    private parentSheet: (location: string) => SheetState,
    private parentId: number,
  ) {
    super(ctx, 'NamedItemCollection');
  }
  override _t(location: string): SheetState {
    return this.parentSheet(location);
  }
  get items(): EmulatedNamedItem[] {
    return this._get('items');
  }

  add(name: string, reference: string, comment?: string): EmulatedNamedItem {
    const item = strict(new EmulatedNamedItem(this._ctx), 'NamedItem');
    return item._create({ parent: this.parentId, call: 'names.add', args: [name, reference, comment ?? ''] }, () => {
      const sheet = this._t('NamedItemCollection.add');
      if (typeof reference !== 'string' || !reference.startsWith('=')) {
        throw new EmulatedExcelError(
          'InvalidArgument',
          'NamedItemCollection.add',
          'reference must be a formula string',
        );
      }
      const body = reference.slice(1);
      if (/^"/.test(body) && body.length - 2 > 255) {
        throw new EmulatedExcelError(
          'InvalidArgument',
          'NamedItemCollection.add',
          'text constants in formulas hold at most 255 characters',
        );
      }
      const state: NameState = {
        name: checkDefinedName(sheet, name, 'NamedItemCollection.add'),
        formula: reference,
        visible: true,
        comment: comment ?? '',
      };
      sheet.names.push(state);
      return { sheet, item: state };
    });
  }

  getItem(name: string): EmulatedNamedItem {
    const item = strict(new EmulatedNamedItem(this._ctx), 'NamedItem');
    return item._create({ parent: this.parentId, call: 'names.getItem', args: [name] }, () => {
      const sheet = this._t('NamedItemCollection.getItem');
      const found = sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new EmulatedExcelError('ItemNotFound', 'NamedItemCollection.getItem', `no name '${name}'`);
      return { sheet, item: found };
    });
  }

  getItemOrNullObject(name: string): EmulatedNamedItem {
    const item = strict(new EmulatedNamedItem(this._ctx), 'NamedItem');
    return item._create({ parent: this.parentId, call: 'names.getItemOrNullObject', args: [name] }, () => {
      const sheet = this._t('NamedItemCollection.getItemOrNullObject');
      const found = sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      return found ? { sheet, item: found } : null;
    });
  }

  _snapshot(sheet: SheetState, props: string[]): Record<string, unknown> {
    return loadItems('NamedItemCollection', props, sheet.names, (n) =>
      strict(new EmulatedNamedItem(this._ctx), 'NamedItem')._createResolved({ sheet, item: n }),
    );
  }
}
