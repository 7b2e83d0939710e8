/**
 * Where the command line writes: never over the input unless asked. Pure
 * path arithmetic (posix and Windows separators alike).
 */

import path from 'node:path';

/** 'data/budget.xlsx' → 'data/budget-scenarier.xlsx' (English: '-scenarios'). */
export function defaultOutputPath(input: string, language: 'sv' | 'en' = 'sv'): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  return path.join(dir, `${base}-${language === 'sv' ? 'scenarier' : 'scenarios'}.xlsx`);
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
