/**
 * Texts of the sensitivity sheet ("Känslighet"), Swedish and English. Kept
 * beside the sheet rather than in the shared catalogues (src/workbook/labels)
 * so that this sheet can grow without touching the files other writers edit;
 * the shared catalogues still supply the unit names and the illustrative note.
 */
import type { Language } from '../labels';

const sv = {
  sheetName: 'Känslighet',
  title: 'Känslighetsanalys (Monte Carlo)',
  valuesNote:
    'Alla tal på bladet är beräknade av tillägget (värden, inte formler): varje kostnadsrad med min/troligt/max dras slumpmässigt, samma dragning för alla alternativ i varje iteration. Belopp i {unit} exklusive moms.',
  seed: 'Slumpfrö',
  iterations: 'Iterationer',
  distribution: 'Fördelning',
  distributionPert: 'PERT (min, troligt, max)',
  distributionTriangular: 'Triangulär (min, troligt, max)',
  requested: 'Begärt',
  requestedAuto: 'Automatiskt (tills P50 är inom ±{target} med 95 % säkerhet)',
  precision: 'Precision för P50 (95 %)',
  precisionValue: '±{value}',
  precisionUnknown: 'kan inte bedömas',
  converged: 'Målet ±{target} nåddes.',
  notConverged: 'Målet ±{target} nåddes inte: kör fler iterationer.',
  cancelled: 'Avbruten: resultatet bygger på de iterationer som hann köras.',
  generatedAt: 'Genererad',
  sectionTotal: 'Total kostnad över horisonten ({unit})',
  sectionNpv: 'Nuvärde ({unit})',
  alternative: 'Alternativ',
  likely: 'Troligt värde',
  mean: 'Medelvärde',
  p10: 'P10',
  p50: 'P50',
  p90: 'P90',
  standardError: 'Medelfel P50',
  sectionPerUser: 'Kostnad per användare och år (kr): troligt värde, medelvärde, P10, P50, P90',
  payer: 'Betalare',
  noUsers: '–',
  sectionCheaper: 'Sannolikhet att alternativet i raden är billigare än det i kolumnen (total kostnad)',
  sectionCurve: 'Fördelning av total kostnad, percentiler ({unit})',
  percentile: 'Percentil',
  chartCurve: 'S-kurva: total kostnad per percentil ({unit})',
  sectionTornado: 'Tornado: {name} – total kostnad när en rad i taget går till min och max ({unit})',
  costLine: 'Kostnadsrad',
  deltaLow: 'Vid min (skillnad)',
  deltaHigh: 'Vid max (skillnad)',
  min: 'Min (kr)',
  max: 'Max (kr)',
  totalAtMin: 'Total vid min',
  totalAtMax: 'Total vid max',
  chartTornado: 'Tornado: {name} ({unit})',
  noUncertainty: 'Inga kostnadsrader med intervall påverkar detta alternativ.',
  perUserNote:
    'Per betalare fördelas varje belopp efter fasta vikter utan avrundning (högst 1 kr per post från scenariobladen).',
  noScenarios: 'Inga scenarier: rätta felen i indata först.',
  sectionReferenceClasses: 'Referensklasser: osäkerhet hämtad från jämförbara projekt',
  referenceClassNote:
    'Startvärden från litteraturen, inte fakta om den här upphandlingen: ersätt dem med egna siffror (min och max på bladet Kostnader) när ni har dem. Raderna dras som troligt belopp × (1 + kostnadsökning).',
  referenceClass: 'Referensklass',
  referenceClassLines: 'Kostnadsrader',
  referenceClassSource: 'Källa',
};

export type SensitivityLabelKey = keyof typeof sv;

const en: Record<SensitivityLabelKey, string> = {
  sheetName: 'Sensitivity',
  title: 'Sensitivity analysis (Monte Carlo)',
  valuesNote:
    'Every figure on this sheet is computed by the add-in (values, not formulas): each cost line with min/likely/max is drawn at random, the same draw for every alternative in each iteration. Amounts in {unit} excluding VAT.',
  seed: 'Seed',
  iterations: 'Iterations',
  distribution: 'Distribution',
  distributionPert: 'PERT (min, likely, max)',
  distributionTriangular: 'Triangular (min, likely, max)',
  requested: 'Requested',
  requestedAuto: 'Automatic (until P50 is within ±{target} at 95 % confidence)',
  precision: 'Precision of P50 (95 %)',
  precisionValue: '±{value}',
  precisionUnknown: 'cannot be judged',
  converged: 'The ±{target} target was reached.',
  notConverged: 'The ±{target} target was not reached: run more iterations.',
  cancelled: 'Cancelled: the result rests on the iterations run before cancelling.',
  generatedAt: 'Generated',
  sectionTotal: 'Total cost over the horizon ({unit})',
  sectionNpv: 'Present value ({unit})',
  alternative: 'Alternative',
  likely: 'Likely value',
  mean: 'Mean',
  p10: 'P10',
  p50: 'P50',
  p90: 'P90',
  standardError: 'Standard error of P50',
  sectionPerUser: 'Cost per user and year (kr): likely value, mean, P10, P50, P90',
  payer: 'Payer',
  noUsers: '–',
  sectionCheaper: 'Probability that the alternative in the row is cheaper than the one in the column (total cost)',
  sectionCurve: 'Distribution of the total cost, percentiles ({unit})',
  percentile: 'Percentile',
  chartCurve: 'S-curve: total cost by percentile ({unit})',
  sectionTornado: 'Tornado: {name} – total cost with one line at a time at its min and max ({unit})',
  costLine: 'Cost line',
  deltaLow: 'At min (difference)',
  deltaHigh: 'At max (difference)',
  min: 'Min (kr)',
  max: 'Max (kr)',
  totalAtMin: 'Total at min',
  totalAtMax: 'Total at max',
  chartTornado: 'Tornado: {name} ({unit})',
  noUncertainty: 'No cost line with a range affects this alternative.',
  perUserNote:
    'Per payer, each amount is shared by fixed weights without rounding (at most 1 kr per entry from the scenario sheets).',
  noScenarios: 'No scenarios: correct the errors in the inputs first.',
  sectionReferenceClasses: 'Reference classes: uncertainty taken from comparable projects',
  referenceClassNote:
    'Starting points from the literature, not facts about this procurement: replace them with your own figures (min and max on the Costs sheet) when you have them. The lines are drawn as likely amount × (1 + overrun).',
  referenceClass: 'Reference class',
  referenceClassLines: 'Cost lines',
  referenceClassSource: 'Source',
};

export const SENSITIVITY_LABELS: Record<Language, Record<SensitivityLabelKey, string>> = { sv, en };

/** A label with its {placeholders} filled; a missing parameter is a writer bug and throws. */
export function sensitivityLabel(
  language: Language,
  key: SensitivityLabelKey,
  params: Record<string, string> = {},
): string {
  return SENSITIVITY_LABELS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`sensitivity label '${key}' needs the parameter '${name}'`);
    return value;
  });
}
