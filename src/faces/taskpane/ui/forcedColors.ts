/**
 * Charts under Windows' forced colours (high contrast): the browser repaints
 * text and backgrounds with the system palette, which blanks colour swatches
 * (a background) and leaves SVG text in a theme colour that may vanish on the
 * system background. Text in the charts takes the system text colour
 * (CanvasText); the marks that tell series apart — swatches, lines, bars —
 * keep their own colours (forced-color-adjust: none) with a CanvasText
 * outline, so each stays visible and distinct.
 */
import type { GriffelStyle } from '@fluentui/react-components';

const FORCED = '@media (forced-colors: active)';

/** SVG text: the system's text colour. */
export const forcedText: GriffelStyle = { [FORCED]: { fill: 'CanvasText', forcedColorAdjust: 'none' } };

/** Axes and grid lines: the system's text colour, thin. */
export const forcedLine: GriffelStyle = { [FORCED]: { stroke: 'CanvasText', forcedColorAdjust: 'none' } };

/** A mark whose colour names its series (legend swatch, line, bar): keeps its colour. */
export const forcedMark: GriffelStyle = { [FORCED]: { forcedColorAdjust: 'none' } };

/** A legend swatch: keeps its colour, outlined in the system's text colour. */
export const forcedSwatch: GriffelStyle = {
  [FORCED]: { forcedColorAdjust: 'none', outline: '1px solid CanvasText' },
};
