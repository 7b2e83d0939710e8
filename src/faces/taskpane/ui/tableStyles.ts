/**
 * The pane's figure tables (review and sensitivity): compact rows, a caption
 * above, right-aligned tabular numbers, so every table reads the same way.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: `2px ${tokens.spacingHorizontalXS}`,
    },
    '& th': { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'break-word' },
    // Column headings wrap (only the figures stay whole), so a table fits a 320 px pane.
    '& thead th': { whiteSpace: 'normal' },
  },
  // Tables of five or six figure columns in 296 px (a 320 px pane less its padding): 2 px between columns, not 8.
  compact: { '& th, & td': { paddingLeft: '1px', paddingRight: '1px' } },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});
