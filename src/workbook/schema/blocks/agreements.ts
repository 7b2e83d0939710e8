/** The agreements block (tblAvtal) of the Kostnader sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';
import { indexedColumn, provenanceColumn, unitColumn } from './sharedColumns';

export const agreements = block({
  key: 'agreements',
  sheet: 'costs',
  table: 'tblAvtal',
  title: t('Nuvarande avtal (jämförelse)', 'Current agreements (baseline)'),
  help: t(
    'Dagens avtal: baslinjen som varje scenario jämförs med, och kostnaden för att låta dem löpa vidare till driftstart.',
    'Today’s agreements: the baseline every scenario is compared with, and the cost of running them on until go-live.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'name',
      sv: 'Avtal',
      en: 'Agreement',
      aliases: ['Nuvarande avtal', 'Current agreement'],
      type: T.text,
      required: true,
      help: t('Avtalets namn, unikt.', 'The agreement’s name, unique.'),
      width: 28,
    }),
    column({
      key: 'solutions',
      sv: 'Lösningar',
      en: 'Solutions',
      aliases: ['Funktioner', 'Functions'],
      type: { kind: 'list' },
      required: true,
      help: t(
        'Lösningar avtalet täcker i dag, åtskilda med ; eller ,.',
        'Solutions it serves today, separated by ; or ,.',
      ),
      width: 30,
    }),
    column({
      key: 'annualCost',
      sv: 'Årskostnad',
      en: 'Annual cost',
      aliases: ['Kostnad per år', 'Cost per year'],
      type: T.money,
      required: true,
      help: t('Kostnad per år, basårets prisnivå.', 'Cost per year, base-year prices.'),
      width: 14,
    }),
    unitColumn,
    column({
      key: 'expires',
      sv: 'Löper ut',
      en: 'Expires',
      aliases: ['Slutdatum', 'Avtalsslut', 'Upphör', 'Expiry', 'End date'],
      type: T.date,
      required: true,
      help: t('Sista dag.', 'Last day.'),
      width: 12,
    }),
    column({
      key: 'runOn',
      sv: 'Förlängning per månad',
      en: 'Run-on per month',
      aliases: [
        'Kostnad per månad efter slut',
        'Månadskostnad vid förlängning',
        'Run-on cost per month',
        'Monthly run-on cost',
      ],
      type: T.money,
      required: false,
      help: t(
        'Kostnad per månad att låta avtalet löpa vidare efter slutdatum.',
        'Cost per month of running on past expiry.',
      ),
      width: 14,
      blank: t('årskostnaden / 12', 'annual cost / 12'),
    }),
    indexedColumn,
    provenanceColumn,
  ],
});
