/**
 * The current step's actions, pinned to the bottom of the pane: Excel opens a
 * task pane about 350 px wide and, on a laptop, 600–800 px tall, so a step's
 * content (Granska runs to thousands of pixels) would otherwise push
 * "Kontrollera", "Beräkna" and "Skriv" below the fold. `position: sticky`
 * keeps the bar at the bottom of whatever scrolls (the pane in the preview,
 * the page inside Office) while its step is on screen, and lets it return to
 * its place at the end of the step once the analyst scrolls past.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useActionBarStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} 0`,
    // The pane's body colour, so content scrolling underneath does not show through.
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});
