/**
 * The short table the demo (and the scenarios command) prints: per
 * alternative the number of contracts, total over the horizon and NPV; then
 * the average cost per pupil and year for each payer under each alternative.
 * Pure text, aligned with spaces, so it reads in any terminal and log.
 */

import type { Summary } from './summary';
import { formatKronor, formatKronorDecimals } from './numberFormat';
import { SCHOOL_FORMS, type SchoolForm } from '../../engine/model';
import { schoolFormLabel } from '../../workbook/labels';

const TEXT = {
  sv: {
    illustrative: 'Illustrativa siffror – inte verkliga priser eller avtal.',
    alternative: 'Alternativ',
    contracts: 'Kontrakt',
    total: (from: number, to: number) => `Totalt ${from}–${to}`,
    npv: 'Nuvärde',
    baseline: 'Mot nuläget',
    runOn: 'Förlängning',
    delay: (months: number) => `${months} mån försening`,
    runOnPerForm: 'Förlängning av nuvarande avtal efter avtalens slut, per skolform (kr)',
    schoolForm: 'Skolform',
    perPupil: 'Kostnad per elev och år (genomsnitt över horisonten), per betalare',
    payer: 'Betalare',
    none: '–',
  },
  en: {
    illustrative: 'Illustrative figures – not real prices or agreements.',
    alternative: 'Alternative',
    contracts: 'Contracts',
    total: (from: number, to: number) => `Total ${from}–${to}`,
    npv: 'NPV',
    baseline: 'vs. today',
    runOn: 'Run-on',
    delay: (months: number) => `${months}-month delay`,
    runOnPerForm: 'Run-on of current agreements past expiry, per school form (kr)',
    schoolForm: 'School form',
    perPupil: 'Cost per pupil and year (average over the horizon), per payer',
    payer: 'Payer',
    none: '–',
  },
};

/** Rows of cells aligned in columns with two spaces between; `rightAligned` picks the number columns. */
export function table(rows: string[][], rightAligned: (col: number) => boolean): string {
  const [header] = rows;
  if (header === undefined) throw new Error('table: no rows (the first row sets the columns)');
  const widths = header.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => {
          // A cell past the first row's columns gets no padding.
          const pad = ' '.repeat(Math.max(0, (widths[c] ?? 0) - [...cell].length));
          return rightAligned(c) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function terminalSummary(summary: Summary): string {
  const t = TEXT[summary.language];
  const out: string[] = [];
  if (summary.illustrative) out.push(t.illustrative, '');
  const first = summary.scenarios[0];
  if (!first) return out.join('\n');
  const firstYear = first.years[0];
  const lastYear = first.years.at(-1);
  if (firstYear === undefined || lastYear === undefined)
    throw new Error(`terminalSummary: '${first.name}' has no years`);
  out.push(
    table(
      [
        [
          t.alternative,
          t.contracts,
          t.total(firstYear, lastYear),
          t.npv,
          t.baseline,
          t.runOn,
          t.delay(first.delay.months),
        ],
        ...summary.scenarios.map((s) => [
          s.name,
          String(s.contractCount),
          formatKronor(s.total * 100),
          formatKronor(s.npv * 100),
          (s.baseline.differenceTotal > 0 ? '+' : '') + formatKronor(s.baseline.differenceTotal * 100),
          formatKronor(s.transitions.reduce((sum, x) => sum + x.runOn, 0) * 100),
          (s.delay.total > 0 ? '+' : '') + formatKronor(s.delay.total * 100),
        ]),
      ],
      (c) => c > 0,
    ),
  );
  out.push('', t.perPupil);
  const payerRows = first.payers.map((payer, i) => [
    payer.name,
    ...summary.scenarios.map((s) => {
      const value = s.payers[i]?.averageCostPerPupilPerYear ?? null;
      return value === null ? t.none : formatKronorDecimals(value * 100, 0);
    }),
  ]);
  out.push(table([[t.payer, ...summary.scenarios.map((s) => s.name)], ...payerRows], (c) => c > 0));
  out.push('', runOnPerSchoolForm(summary));
  return out.join('\n');
}

/** Run-on per school form (summed over the current agreements), one column per alternative. */
function runOnPerSchoolForm(summary: Summary): string {
  const t = TEXT[summary.language];
  const forms: string[] = [];
  for (const s of summary.scenarios)
    for (const x of s.transitions) if (x.schoolForm !== null && !forms.includes(x.schoolForm)) forms.push(x.schoolForm);
  forms.sort((a, b) => SCHOOL_FORMS.indexOf(a as SchoolForm) - SCHOOL_FORMS.indexOf(b as SchoolForm));
  const rows = forms.map((form) => [
    schoolFormLabel(summary.language, form as SchoolForm),
    ...summary.scenarios.map((s) =>
      formatKronor(s.transitions.filter((x) => x.schoolForm === form).reduce((sum, x) => sum + x.runOn, 0) * 100),
    ),
  ]);
  return [t.runOnPerForm, table([[t.schoolForm, ...summary.scenarios.map((s) => s.name)], ...rows], (c) => c > 0)].join(
    '\n',
  );
}
