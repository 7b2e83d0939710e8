/**
 * The seams of the Office.js adapter: the run function (Office's `Excel.run`
 * or the emulation's `run`) and the API-set checker, both injected so the
 * same code runs inside Excel, in the browser preview and in tests.
 */

/** Excel.run's shape. Office.js is loaded from Office's CDN at runtime, never bundled. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported's shape, e.g. ('ExcelApi', '1.9'). */
export type IsSetSupported = (set: string, version: string) => boolean;

export type { Bilingual } from '../../engine/text';

/**
 * The checker Office provides, or — outside Office (the emulation in the
 * browser preview and in tests) — one that says yes: the emulation models
 * every set the adapter uses, and tests inject their own checker.
 */
export function officeIsSetSupported(): IsSetSupported {
  if (typeof Office !== 'undefined' && Office.context?.requirements) {
    return (set, version) => Office.context.requirements.isSetSupported(set, version);
  }
  return () => true;
}
