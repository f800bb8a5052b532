/**
 * How a finding looks in every view of the pane (the findings list and the 说明 check): a card with a coloured left
 * edge by severity. Plain Griffel style objects, spread into each view's makeStyles.
 */
import { tokens } from '@fluentui/react-components';

export const FINDING_STYLES = {
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeftColor: '#D13438' },
  warning: { borderLeftColor: '#F7A600' },
  rounding: { borderLeftColor: '#E8D44D' },
  info: { borderLeftColor: '#4F8FD6' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: '8px', color: tokens.colorNeutralForeground3, marginTop: '2px' },
} as const;
