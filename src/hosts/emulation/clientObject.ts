/**
 * The base of every emulated proxy, with Office.js's proxy semantics:
 * - the object's target is resolved when the sync executes the operation that
 *   created it (so a `getItem` of a missing sheet fails at sync, in order);
 * - `load()` queues a snapshot; reading a property that was not loaded and
 *   synced throws PropertyNotLoaded with Excel's message;
 * - `*OrNullObject` targets may be null: `isNullObject` is readable after
 *   the sync, and using a null object in any other way fails at sync with
 *   ItemNotFound. (Excel's behaviour for methods on null objects is not
 *   documented; failing is the conservative choice: code that works here
 *   does not depend on it.)
 */
import type { EmulatedContext } from './context';
import { EmulatedExcelError, notModelled, propertyNotLoaded } from './errors';

export type LoadOption = string | string[] | { select?: string | string[] };

export function loadList(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  if (typeof option === 'string')
    return option
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => loadList(o));
  if (option.select !== undefined) return loadList(option.select);
  throw notModelled('load with options other than select');
}

export abstract class EmulatedObject<T> {
  readonly _id: number;
  _ctx: EmulatedContext;
  _type: string;
  _target: T | null | undefined = undefined;
  _resolved = false;
  _loaded = new Map<string, unknown>();

  constructor(ctx: EmulatedContext, type: string) {
    this._ctx = ctx;
    this._id = ctx.nextId();
    this._type = type;
  }

  get context(): EmulatedContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (!this._resolved) throw propertyNotLoaded(this._type, 'isNullObject');
    return this._target === null;
  }

  /** Queue this object's creation: `resolve` runs when the sync reaches it. */
  _create(payload: Record<string, unknown>, resolve: () => T | null): this {
    this._ctx.enqueue({ id: this._id, ...payload }, () => {
      this._target = resolve();
      return () => {
        this._resolved = true;
      };
    });
    return this;
  }

  /** For objects whose target is known without a sync (the workbook, collections). */
  _createResolved(target: T): this {
    this._target = target;
    this._resolved = true;
    return this;
  }

  /** The target, at sync time; fails like Excel when it is gone or null. */
  _t(location: string): T {
    const t = this._target;
    if (t === null || t === undefined) {
      throw new EmulatedExcelError('ItemNotFound', location, `${this._type} is a null object or does not exist`);
    }
    this._checkAlive(t, location);
    return t;
  }

  _checkAlive(_target: T, _location: string): void {}

  _get<V>(prop: string): V {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(this._type, prop);
    return this._loaded.get(prop) as V;
  }

  /** Queue a property set (Office.js sends it as a SetProperty action). */
  _set(prop: string, value: unknown, apply: (target: T) => void): void {
    const location = `${this._type}.${prop}`;
    this._ctx.enqueue({ id: this._id, set: prop, value }, () => apply(this._t(location)));
  }

  /** Queue a method call without a result object. */
  _call(method: string, args: unknown[], apply: (target: T) => void): void {
    const location = `${this._type}.${method}`;
    this._ctx.enqueue({ id: this._id, call: method, args }, () => apply(this._t(location)));
  }

  load(option?: LoadOption): this {
    const props = loadList(option);
    this._ctx.enqueue({ id: this._id, load: props }, () => {
      const target = this._target;
      if (target === null) {
        // A null object loads as null; its properties stay unreadable.
        return undefined;
      }
      const snapshot = this._snapshot(this._t(`${this._type}.load`), props);
      return () => {
        for (const [k, v] of Object.entries(snapshot)) this._loaded.set(k, v);
      };
    });
    return this;
  }

  /** Values of the requested properties, taken when the load executes. */
  abstract _snapshot(target: T, props: string[]): Record<string, unknown>;
}

/** Snapshot helper: each requested property must be one the class can load. */
export function pick(type: string, props: string[], available: Record<string, () => unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const wanted = props.length === 0 ? Object.keys(available) : props;
  for (const p of wanted) {
    const f = available[p];
    if (!f) throw notModelled(`loading ${type}.${p}`);
    out[p] = f();
  }
  return out;
}

/**
 * A collection's `items`, loaded with 'items/name,items/visible' style paths:
 * one proxy per element, resolved and loaded as of this moment in the sync.
 */
export function loadItems<S, T>(
  type: string,
  props: string[],
  elements: S[],
  proxy: (element: S) => EmulatedObject<T>,
): Record<string, unknown> {
  const itemProps = props.map((p) => (p.startsWith('items/') ? p.slice('items/'.length) : p));
  if (props.some((p) => !p.startsWith('items/') && p !== 'items')) {
    return pick(
      type,
      props.filter((p) => !p.startsWith('items')),
      {},
    );
  }
  const items = elements.map((element) => {
    const item = proxy(element);
    const wanted = itemProps.filter((p) => p !== 'items');
    const snapshot = item._snapshot(item._target as T, wanted);
    for (const [k, v] of Object.entries(snapshot)) item._loaded.set(k, v);
    return item;
  });
  return { items };
}
