/** The tiers block (tblPrisstegar) of the Kostnader sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';
import { unitColumn } from './sharedColumns';

export const tiers = block({
  key: 'tiers',
  sheet: 'costs',
  table: 'tblPrisstegar',
  title: t('Prisstegar', 'Price tiers'),
  help: t(
    'Prisband för kostnadsrader med Trappa. Banden börjar på 1 och ligger kant i kant; sista bandets Till kan vara tomt.',
    'Price bands of cost lines with Tiers. Bands start at 1 and adjoin; the last band’s To may be blank.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'costLine',
      sv: 'Kostnadsrad',
      en: 'Cost line',
      aliases: ['Id', 'Rad'],
      type: T.text,
      required: true,
      help: t('Kostnadsradens Id.', 'The cost line’s Id.'),
      width: 28,
    }),
    column({
      key: 'from',
      sv: 'Från',
      en: 'From',
      aliases: ['Från och med', 'Fr.o.m.', 'Från antal'],
      type: T.integer,
      required: true,
      help: t('Bandets första enhet.', 'First unit of the band.'),
      width: 10,
    }),
    column({
      key: 'to',
      sv: 'Till',
      en: 'To',
      aliases: ['Till och med', 'T.o.m.', 'Till antal'],
      type: T.integer,
      required: false,
      help: t('Bandets sista enhet.', 'Last unit of the band.'),
      width: 10,
      blank: t('och uppåt', 'and above'),
    }),
    column({
      key: 'price',
      sv: 'Pris',
      en: 'Price',
      aliases: ['Pris per enhet', 'Belopp', 'Price per unit'],
      type: T.money,
      required: true,
      help: t('Pris per styck och år.', 'Price per unit and year.'),
      width: 12,
    }),
    unitColumn,
  ],
});
