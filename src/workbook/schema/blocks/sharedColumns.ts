/** Columns several blocks share, with the same key, headers and meaning in each. */
import { T, column, t } from './define';

/** The money unit column shared by every block with amounts. */
export const unitColumn = column({
  key: 'unit',
  sv: 'Enhet',
  en: 'Unit',
  aliases: ['Belopp i', 'Valuta', 'Amounts in', 'Currency'],
  type: T.unit,
  required: false,
  help: t(
    'Enhet för radens belopp: kr, tkr eller mnkr.',
    'Unit of the row’s amounts: SEK (kr), kSEK (tkr) or MSEK (mnkr).',
  ),
  width: 8,
  blank: t('kr', 'kr (SEK)'),
});

export const indexedColumn = column({
  key: 'indexed',
  sv: 'Indexeras',
  en: 'Indexed',
  aliases: ['Index', 'Indexerad', 'Indexering', 'Indexation'],
  type: T.boolean,
  required: false,
  help: t('Räknas beloppet upp med årets index?', 'Is the amount raised by the yearly index?'),
  width: 10,
  blank: t('ja', 'yes'),
});

/**
 * Where a row's figures come from ("offert 2021-10-12", "SCB", "uppskattning"):
 * free text, carried into the scenario sheets' input snapshot so a reader can
 * trace a figure to its source, and counted on the decision brief.
 */
export const provenanceColumn = column({
  key: 'provenance',
  sv: 'Källa',
  en: 'Source',
  aliases: ['Underlag', 'Referens', 'Källhänvisning', 'Reference', 'Data source'],
  type: T.text,
  required: false,
  help: t(
    'Varifrån radens siffror kommer, t.ex. "offert 2021-10-12", "SCB 2023" eller "uppskattning".',
    'Where the row’s figures come from, e.g. "quote 2021-10-12", "Statistics Sweden 2023" or "estimate".',
  ),
  width: 22,
  blank: t('ingen källa angiven', 'no source given'),
});
