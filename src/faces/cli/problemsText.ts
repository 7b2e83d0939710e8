/**
 * Input problems as terminal lines, in the user's language, each with sheet
 * and cell: "Kostnader!D7  fel  Texten 'abc' är inget belopp …". Errors
 * first (they block), then warnings, each group in reading order.
 */

import type { Problem } from '../../engine/model';

const SEVERITY = {
  sv: { error: 'fel', warning: 'varning', nowhere: '(arbetsboken)' },
  en: { error: 'error', warning: 'warning', nowhere: '(workbook)' },
};

function where(p: Problem, language: 'sv' | 'en'): string {
  return p.at ? `${p.at.sheet}!${p.at.cell}` : SEVERITY[language].nowhere;
}

export function problemsText(problems: Problem[], language: 'sv' | 'en'): string {
  const sorted = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
  const width = Math.max(0, ...sorted.map((p) => where(p, language).length));
  return sorted
    .map((p) => `${where(p, language).padEnd(width)}  ${SEVERITY[language][p.severity]}: ${p.message[language]}`)
    .join('\n');
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
