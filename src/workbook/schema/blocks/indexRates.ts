/** The indexRates block (tblIndex) of the Parametrar sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';

export const indexRates = block({
  key: 'indexRates',
  sheet: 'parameters',
  table: 'tblIndex',
  title: t('Index per år', 'Index rate per year'),
  help: t(
    'Uppräkning in i ett visst år (t.ex. AKI, KPI eller PKV); övriga år använder Index per år ovan.',
    'Rate into a given year (e.g. LCI, CPI or PKV); other years use the Index rate per year above.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'year',
      sv: 'År',
      en: 'Year',
      aliases: [],
      type: T.year,
      required: true,
      help: t('Året.', 'The year.'),
      width: 8,
    }),
    column({
      key: 'rate',
      sv: 'Indexuppräkning',
      en: 'Index rate',
      aliases: ['Index', 'Indexsats', 'Rate'],
      type: T.rate,
      required: true,
      help: t(
        'Uppräkning in i året, t.ex. 3 %. Basåret räknas inte upp: en sats för basåret används inte.',
        'Rate into the year, e.g. 3 %. The base year is not indexed: a rate for the base year is not used.',
      ),
      width: 14,
    }),
  ],
});
