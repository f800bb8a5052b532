/**
 * One finding as a card in the pane (the findings list and the 说明 check): its message, severity, cell, and the
 * figures behind it; a click or Enter selects its cell. The coloured left edge is `tone` (error, warning, 尾差, info).
 */
import { Body1, Caption1, makeStyles } from '@fluentui/react-components';
import type { Finding } from '../core/report';
import type { Messages } from '../i18n';
import { FINDING_STYLES } from './findingStyles';

const useStyles = makeStyles(FINDING_STYLES);

export type Tone = 'error' | 'warning' | 'rounding' | 'info';

export function FindingCard(props: {
  finding: Finding;
  tone: Tone;
  selected: boolean;
  testId: string;
  t: Messages;
  /** Name the cells the message compares with (the 说明 check: the table cells a sentence is judged against). */
  showRelated?: boolean;
  /** Show the difference beside 应为/实为. */
  showDifference?: boolean;
  onClick: () => void;
}) {
  const { finding: f, t } = props;
  const s = useStyles();
  return (
    <button
      type="button"
      className={`${s.finding} ${s[props.tone]}`}
      aria-pressed={props.selected}
      data-testid={props.testId}
      data-cell={f.location ? `${f.location.sheet}!${f.location.cell}` : ''}
      onClick={props.onClick}
    >
      <Body1>{f.message}</Body1>
      <div className={s.meta}>
        <Caption1>
          {t.severities[f.severity]}
          {f.category === 'rounding' ? ` · ${t.filter.rounding}` : ''}
        </Caption1>
        {f.location && (
          <Caption1>
            {t.cellLabel} {f.location.sheet}!{f.location.cell}
          </Caption1>
        )}
        {props.showRelated && f.related.length > 0 && (
          <Caption1>
            {t.related} {f.related.map((c) => `${c.sheet}!${c.cell}`).join('、')}
          </Caption1>
        )}
        {f.expected !== undefined && (
          <Caption1>
            {t.expected} {f.expected}
          </Caption1>
        )}
        {f.actual !== undefined && (
          <Caption1>
            {t.actual} {f.actual}
          </Caption1>
        )}
        {props.showDifference && f.difference !== undefined && (
          <Caption1>
            {t.difference} {f.difference}
          </Caption1>
        )}
      </div>
    </button>
  );
}
