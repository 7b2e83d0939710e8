/**
 * Failures of a use case that the faces show as they are: a code and a
 * message in both languages, built from the arguments in one place.
 */
import type { Text } from '../engine/messages';

const DECISION_FIELDS = {
  forum: { sv: 'forum', en: 'the forum' },
  date: { sv: 'ett datum (ÅÅÅÅ-MM-DD)', en: 'a date (YYYY-MM-DD)' },
  decision: { sv: 'beslut eller rekommendation', en: 'the decision or recommendation' },
} satisfies Record<string, Text>;

const MESSAGES = {
  parameterNotFound: (p: { what?: string }): Text => ({
    sv: `Hittar inte ${p.what ?? ''} i bladet Parametrar. Lägg till raden (se mallen) eller skapa indatabladen på nytt.`,
    en: `Cannot find ${p.what ?? ''} on the Parametrar sheet. Add the row (see the template) or create the input sheets again.`,
  }),
  cannotWriteCells: (): Text => ({
    sv: 'Här går det inte att skriva enskilda celler (en fil, inte en öppen arbetsbok); skriv valen i Parametrar för hand.',
    en: 'Single cells cannot be written here (a file, not an open workbook); type the choices into Parametrar by hand.',
  }),
  onlyGeneratedSheets: (): Text => ({
    sv: 'Arbetsboken har bara genererade blad; en arbetsbok måste behålla minst ett blad. Inget togs bort.',
    en: 'The workbook holds only generated sheets; a workbook must keep at least one sheet. Nothing was removed.',
  }),
  decisionTrailNotTable: (p: { what?: string }): Text => ({
    sv: `Beslutsgången på bladet ${p.what ?? ''} är inte en Excel-tabell (tblBeslutsgang), så en rad kan inte läggas till där. Gör om området till en tabell (Infoga → Tabell) eller skriv raden för hand. Inget skrevs.`,
    en: `The decision trail on the sheet ${p.what ?? ''} is not an Excel table (tblBeslutsgang), so a row cannot be added there. Turn the range into a table (Insert → Table) or type the row by hand. Nothing was written.`,
  }),
  decisionTrailSheetWithoutTable: (p: { what?: string }): Text => ({
    sv: `Bladet ${p.what ?? ''} finns men har ingen beslutsgång (rubrikerna Forum, Datum, Beslut eller rekommendation). Lägg till rubrikerna eller byt namn på bladet, så skapas ett nytt. Inget skrevs.`,
    en: `The sheet ${p.what ?? ''} exists but holds no decision trail (headers Forum, Date, Decision or recommendation). Add the headers or rename the sheet so that a new one is made. Nothing was written.`,
  }),
  decisionIncomplete: (p: { what?: string }): Text => {
    const field = DECISION_FIELDS[p.what as keyof typeof DECISION_FIELDS] ?? { sv: p.what ?? '', en: p.what ?? '' };
    return {
      sv: `Fyll i ${field.sv} innan raden läggs till i beslutsgången. Inget skrevs.`,
      en: `Fill in ${field.en} before the row is added to the decision trail. Nothing was written.`,
    };
  },
} satisfies Record<string, (p: { what?: string }) => Text>;

export type AppErrorCode = keyof typeof MESSAGES;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly text: Text;
  constructor(code: AppErrorCode, params: { what?: string }) {
    const text = MESSAGES[code](params);
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
  }
}
