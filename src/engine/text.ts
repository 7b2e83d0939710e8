/**
 * The two languages of everything a person reads — the task pane, the sheets
 * we write, the command line's messages — and a text in both: one home for
 * both types, used by every layer (Swedish first: it is the default).
 */
export type Language = 'sv' | 'en';

/** A text in Swedish and English. */
export type Bilingual = Record<Language, string>;
