/** The "explain selected figure" component's strings, Swedish (the default). */
export const explainSv = {
  explainButton: 'Förklara markerad siffra',
  explainRegion: 'Förklaring av markerad siffra',
  explainWorking: 'Läser cellen …',
  explainNone: 'Markera en siffra på ett scenarioblad (en cell med formel) och tryck på knappen.',
  explainNoneFollowing: 'Markera en siffra på ett scenarioblad (en cell med formel), så förklaras den här.',
  explainFollow: 'Följ markeringen',
  explainFailed: 'Kunde inte förklara cellen: {reason}',
  explainInputs: 'Värden som formeln använder',
  explainCell: '{sheet}!{address}',
} as const;

export type ExplainMessageKey = keyof typeof explainSv;
