/**
 * Makes an emulated proxy loud: reading or writing any member its class does
 * not define throws "Excel emulation: Range.unmerge is not modelled", so code
 * written against the emulation cannot quietly call an API it does not have
 * (the official template's mocked object drifted from Office.js that way).
 */
import { notModelled } from './errors';

/** Members a runtime or test framework probes on any object; answering undefined is harmless. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
]);

export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop) || prop.startsWith('@@') || prop.startsWith('_')) return undefined;
      throw notModelled(`${typeName}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.set(t, prop, value, receiver);
      throw notModelled(`setting ${typeName}.${String(prop)}`);
    },
  });
}
