/**
 * The task pane: 校验 / 清除标记 / 导出报告, a summary, findings grouped by table with a severity filter (a click
 * selects the cell and its related cells), the table-recognition view and the explanation view. It audits again on
 * its own; it does not depend on the ribbon command's memory.
 */
import { useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Subtitle2,
  Tab,
  TabList,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../core/report';
import { TABLE_NAMES, TABLE_NAMES_EN } from '../core';
import { ExplainView } from './ExplainView';
import { clearFlags } from '../excel/flags';
import { detectSupport, runExcel } from '../excel/api';
import { exportReport } from '../excel/exportReport';
import { selectWithRelated } from '../excel/navigate';
import { validateWorkbook, ValidateResult } from '../excel/validate';
import type { AuditSettings } from '../excel/flags';
import { FindingCard } from './FindingCard';
import { useBusy } from './useBusy';
import { fill, flagNotices, Locale, messages } from '../i18n';
import { LAYOUT_CHOICES, layoutById } from '../core/layouts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '8px', minWidth: '288px', boxSizing: 'border-box' },
  header: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  title: { flexBasis: '100%' },
  summary: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: '4px' },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  group: { display: 'flex', flexDirection: 'column', gap: '4px' },
  layout: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  layoutChoice: { width: '100%', minWidth: '0', maxWidth: '100%', boxSizing: 'border-box' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& td, & th': { textAlign: 'left', padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
});

type Filter = 'all' | 'error' | 'warning' | 'rounding' | 'info';
/** The picker's entries: 自动识别, then every layout profile by its own short name. */
const choiceName = (k: string, locale: Locale, auto: string) => {
  const p = layoutById(k);
  return p ? (locale === 'en-US' ? p.choice.en : p.choice.zh) : auto;
};
type View = 'findings' | 'tables' | 'explanation';

function kindOf(f: Finding): Exclude<Filter, 'all'> {
  if (f.severity === 'error') return 'error';
  if (f.category === 'rounding') return 'rounding';
  return f.severity === 'warning' ? 'warning' : 'info';
}

export function App({ locale, initialView = 'findings' }: { locale: Locale; initialView?: View }) {
  const t = messages(locale);
  const s = useStyles();
  const [result, setResult] = useState<ValidateResult | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [view, setView] = useState<View>(initialView);
  const [selected, setSelected] = useState<string | null>(null);

  const { busy, setBusy, error, notice, setNotice, guard } = useBusy(t.error);

  /**
   * 校验. `settings` is the user's new choice of layout / 行政单位: the audit runs with it and the workbook remembers
   * it (the ribbon's 校验预算 then uses it too). Without it the workbook's remembered settings are used.
   */
  const onValidate = (settings?: AuditSettings) =>
    guard(t.working.read, async () => {
      const r = await runExcel((ctx) => validateWorkbook(ctx, { locale, settings, onProgress: (step) => setBusy(t.working[step]) }));
      setResult(r);
      setNotice(fill(t.flagged, { n: r.flags.flagged }) + ` · ${t.noteKind[r.flags.noteKind]}`);
    });
  const settings = result?.settings;
  const onSettings = (change: Partial<AuditSettings>) => {
    if (!settings) return;
    const next = { ...settings, ...change };
    if (next.layout === settings.layout && next.adminOnly === settings.adminOnly) return;
    void onValidate(next);
  };
  const onClear = () =>
    guard(t.working.clear, async () => {
      const out = await runExcel((ctx) => clearFlags(ctx));
      setNotice([fill(t.cleared, { n: out.cleared }), ...flagNotices(locale, { protectedSheets: out.protectedSheets })].join(' '));
    });
  const onExport = () =>
    guard(t.working.export, async () => {
      if (!result) return;
      const name = await runExcel((ctx) => exportReport(ctx, result.report, locale));
      setNotice(fill(t.exported, { name }));
    });
  const onSelect = (f: Finding, id: string) => {
    if (!f.location) return;
    setSelected(id);
    void guard(t.working.done, () => runExcel((ctx) => selectWithRelated(ctx, f.location!, f.related, detectSupport().fillPattern)));
  };

  const report = result?.report;
  const tableName = (kind: string | undefined) => {
    if (!kind) return t.workbookLevel;
    const names = (locale === 'en-US' ? TABLE_NAMES_EN : TABLE_NAMES) as Record<string, string>;
    const rec = report?.tables.find((x) => x.kind === kind);
    // Each layout numbers and names its tables its own way (附表-3 支出总表, 表1 财务收支预算总表, 公开03表 支出预算总表).
    const name = locale === 'en-US' ? (names[kind] ?? rec?.name ?? kind) : (rec?.name ?? names[kind] ?? kind);
    return rec?.label ? `${rec.label} ${name}` : name;
  };

  const groups = useMemo(() => {
    const m = new Map<string, { f: Finding; id: string }[]>();
    (report?.findings ?? []).forEach((f, i) => {
      if (filter !== 'all' && kindOf(f) !== filter) return;
      const k = f.table ?? '';
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push({ f, id: `f${i}` });
    });
    return [...m.entries()];
  }, [report, filter]);

  const noTables = report && report.tables.length === 0;

  return (
    <main className={s.root} aria-busy={!!busy}>
      <header className={s.header}>
        <Subtitle2 as="h1" className={s.title}>
          {t.appName}
        </Subtitle2>
        <Button appearance="primary" onClick={() => onValidate()} disabled={!!busy} data-testid="validate">
          {t.validate}
        </Button>
        <Button onClick={onClear} disabled={!!busy} data-testid="clear">
          {t.clear}
        </Button>
        <Button onClick={onExport} disabled={!!busy || !report} data-testid="export">
          {t.exportReport}
        </Button>
      </header>

      {busy && <ProgressBar aria-label={busy} />}
      {busy && <Caption1 role="status">{busy}</Caption1>}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && !busy && (
        <MessageBar intent="success">
          <MessageBarBody role="status">{notice}</MessageBarBody>
        </MessageBar>
      )}
      {result &&
        flagNotices(locale, result.flags).map((line) => (
          <MessageBar key={line} intent="warning" data-testid="flag-notice">
            <MessageBarBody>{line}</MessageBarBody>
          </MessageBar>
        ))}

      {!report && !busy && <Body1>{t.intro}</Body1>}

      {report && (
        <section className={s.summary} aria-label="summary" data-testid="summary">
          {(
            [
              [t.summary.errors, report.summary.errors],
              [t.summary.warnings, report.summary.warnings - report.summary.rounding],
              [t.summary.rounding, report.summary.rounding],
              [t.summary.tables, report.tables.length],
            ] as const
          ).map(([label, n]) => (
            <div key={label} className={s.stat}>
              <span className={s.statValue}>{n}</span>
              <Caption1>{label}</Caption1>
            </div>
          ))}
        </section>
      )}

      {report && settings && (
        <section className={s.layout} aria-label={t.layout.choose} data-testid="layout-section">
          <Body1 data-testid="layout">{fill(t.layout.line, { name: report.layout.name, why: t.layout[report.layout.source] })}</Body1>
          {report.layout.source === 'detected' && report.layout.evidence.length > 0 && (
            <Caption1>
              {t.layout.evidence}
              {report.layout.evidence.join(locale === 'en-US' ? '; ' : '、')}
            </Caption1>
          )}
          <Field label={t.layout.choose} size="small">
            <Dropdown
              className={s.layoutChoice}
              size="small"
              data-testid="layout-choice"
              disabled={!!busy}
              value={choiceName(settings.layout, locale, t.layout.auto)}
              selectedOptions={[settings.layout]}
              onOptionSelect={(_, d) => d.optionValue && onSettings({ layout: d.optionValue as AuditSettings['layout'] })}
            >
              {LAYOUT_CHOICES.map((k) => (
                <Option key={k} value={k}>
                  {choiceName(k, locale, t.layout.auto)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Checkbox
            data-testid="admin-only"
            disabled={!!busy}
            checked={settings.adminOnly}
            onChange={(_, d) => onSettings({ adminOnly: d.checked === true })}
            label={t.layout.adminOnly}
          />
          <Caption1>
            {t.layout.adminOnlyHint} {t.layout.remembered}
          </Caption1>
        </section>
      )}

      {noTables && (
        <MessageBar intent="info" data-testid="empty">
          <MessageBarBody>
            <strong>{t.empty.title}</strong>
            <div>{t.empty.body}</div>
          </MessageBarBody>
        </MessageBar>
      )}

      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
        <Tab value="findings">{t.tabs.findings}</Tab>
        <Tab value="tables">{t.tabs.tables}</Tab>
        <Tab value="explanation">{t.tabs.explanation}</Tab>
      </TabList>

      {view === 'findings' && report && (
        <>
          <div className={s.filters} role="group" aria-label={t.filter.label}>
            {(['all', 'error', 'warning', 'rounding', 'info'] as Filter[]).map((k) => (
              <ToggleButton key={k} size="small" checked={filter === k} onClick={() => setFilter(k)}>
                {t.filter[k]}
              </ToggleButton>
            ))}
          </div>
          {report.findings.length === 0 && <Body1>{t.noFindings}</Body1>}
          <div data-testid="findings">
            {groups.map(([table, items]) => (
              <section key={table} className={s.group} aria-label={tableName(table || undefined)}>
                <Subtitle2 as="h2">
                  {tableName(table || undefined)}（{items.length}）
                </Subtitle2>
                {items.map(({ f, id }) => (
                  <FindingCard
                    key={id}
                    finding={f}
                    tone={kindOf(f)}
                    selected={selected === id}
                    testId="finding"
                    t={t}
                    showDifference
                    onClick={() => onSelect(f, id)}
                  />
                ))}
              </section>
            ))}
          </div>
        </>
      )}

      {view === 'tables' && report && (
        <section data-testid="tables">
          <table className={s.table}>
            <thead>
              <tr>
                <th>{t.tableView.kind}</th>
                <th>{t.tableView.sheet}</th>
                <th>{t.tableView.range}</th>
                <th>{t.tableView.unit}</th>
              </tr>
            </thead>
            <tbody>
              {report.tables.map((x) => (
                <tr key={`${x.sheet}!${x.range}`}>
                  <td>
                    {x.number ? `${x.number}. ` : ''}
                    {x.title}
                  </td>
                  <td>{x.sheet}</td>
                  <td>{x.range}</td>
                  <td>{x.unit ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.unrecognized.length > 0 && (
            <>
              <Subtitle2 as="h2">{t.tableView.unrecognized}</Subtitle2>
              <ul>
                {report.unrecognized.map((u) => (
                  <li key={`${u.sheet}!${u.range}`}>
                    {u.sheet}!{u.range}：{u.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {/* kept mounted so the edited text survives switching tabs */}
      <div hidden={view !== 'explanation'}>
        <ExplainView locale={locale} autoGenerate={initialView === 'explanation'} />
      </div>
    </main>
  );
}
