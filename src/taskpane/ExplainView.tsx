/**
 * The 说明 view: 生成 writes 第三部分 编制说明 from the tables and the sheet 上年数与说明 into an editable preview
 * (the 【请填写：…】 places counted); 插入 writes the preview, as edited, to the sheet 编制说明 or downwards from the
 * selected cell, asking before it replaces anything; when the workbook has the template's own text sheets (部门编制说明,
 * 其他相关情况说明), 插入到模板的说明页 writes their cells (the pane lists which before the click, and asks before it
 * replaces the user's own words); 创建“上年数与说明”表 makes the sheet to fill in; 检查说明文字
 * checks the sheet 编制说明 or pasted text against the tables (a click on a finding selects its cell).
 * The Excel work is in src/excel/narrative.ts; every string is in src/i18n.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../core/report';
import { checkNarrative, countPlaceholders, generateExplanation, paragraphsOfText } from '../core/narrative';
import type { LayoutId } from '../core/layouts';
import type { Explanation, TextParagraph } from '../core/narrative';
import { explanationFromText, placeExplanation, SKIP_REASON_TEXT, type Placement, type SkippedCell } from '../core/narrative/placement';
import { detectSupport, runExcel } from '../excel/api';
import { selectWithRelated } from '../excel/navigate';
import { createPriorSheet, insertExplanation, insertIntoTemplate, InsertTarget, loadNarrative, NarrativeLoad } from '../excel/narrative';
import { FindingCard } from './FindingCard';
import { useBusy } from './useBusy';
import { fill, Locale, messages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  preview: { width: '100%', '& textarea': { minHeight: '320px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 } },
  count: { alignSelf: 'flex-start', padding: '2px 8px', borderRadius: tokens.borderRadiusMedium, fontWeight: tokens.fontWeightSemibold },
  toFill: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  done: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorNeutralForeground1 },
  list: { display: 'flex', flexDirection: 'column', gap: '4px' },
  where: { color: tokens.colorNeutralForeground2 },
  lines: { whiteSpace: 'pre-line' },
});

/** “部门编制说明!A3、A4；其他相关情况说明!A3”: cells by sheet, in the plan's order. */
function cellList(cells: readonly { sheet: string; cell: string }[]): string {
  const by = new Map<string, string[]>();
  for (const c of cells) by.set(c.sheet, [...(by.get(c.sheet) ?? []), c.cell]);
  return [...by].map(([sheet, cs]) => `${sheet}!${cs.join('、')}`).join('；');
}

interface Pending {
  target: InsertTarget | 'template';
  paragraphs: TextParagraph[];
  where: string;
  filled: number;
}

export function ExplainView({ locale, autoGenerate = false }: { locale: Locale; autoGenerate?: boolean }) {
  const t = messages(locale);
  const x = t.explain;
  const s = useStyles();
  const [load, setLoad] = useState<NarrativeLoad | null>(null);
  const [text, setText] = useState('');
  /** The text as generated: its sections say where each part goes in the template's cells. */
  const [generated, setGenerated] = useState<Explanation | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [source, setSource] = useState<'sheet' | 'pasted'>('sheet');
  const [pasted, setPasted] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);

  const { busy, error, setError, notice, setNotice, guard } = useBusy(t.error);

  /** Reads the workbook afresh (tables, 上年数与说明, 编制说明): 2 syncs. */
  const reload = useCallback(async () => {
    const l = await runExcel((ctx) => loadNarrative(ctx, { locale }));
    setLoad(l);
    return l;
  }, [locale]);

  const onGenerate = () =>
    guard(x.working.generate, async () => {
      const l = await reload();
      // the text follows the layout the workbook is audited as (detected, or the user's choice in the summary)
      const e = generateExplanation(l.report.typed, l.prior, { format: 'plain', layout: l.report.layout.id as LayoutId });
      setGenerated(e);
      setText(e.text);
    });

  const started = useRef(false);
  useEffect(() => {
    if (autoGenerate && !started.current) {
      started.current = true;
      void onGenerate();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoGenerate]);

  const insert = (target: InsertTarget, paragraphs: TextParagraph[], replace: boolean) =>
    guard(x.working.insert, async () => {
      const regions = (load ?? (await reload())).report.tables;
      const r = await runExcel((ctx) => insertExplanation(ctx, paragraphs, target, { regions, replace }));
      if (r.status === 'inserted') setNotice(fill(x.inserted, { n: r.rows, where: `${r.sheet}!${r.address}` }));
      else if (r.status === 'needs-confirmation') setPending({ target, paragraphs, where: `${r.sheet}!${r.address}`, filled: r.filled });
      else setError(locale === 'en-US' ? r.message.en : r.message.zh);
    });
  const onInsert = (target: InsertTarget) => {
    const paragraphs = paragraphsOfText(text);
    if (paragraphs.length > 0) void insert(target, paragraphs, false);
  };
  /** Where 插入到模板的说明页 would write the preview as it now reads (from the last read of the workbook). */
  const plan = useMemo<Placement | null>(() => {
    if (!load || !generated || !text.trim()) return null;
    const p = placeExplanation(load.read.grid, load.report.parts, explanationFromText(text, generated), { tables: load.report.tables });
    return p.found ? p : null;
  }, [load, generated, text]);

  const insertTemplate = (replace: boolean) =>
    guard(x.working.insert, async () => {
      if (!generated) return;
      const r = await runExcel((ctx) => insertIntoTemplate(ctx, explanationFromText(text, generated), { replace, locale }));
      if (r.status === 'inserted') {
        const lines = [r.writes.length ? fill(x.templateInserted, { n: r.writes.length, cells: cellList(r.writes) }) : x.templateNothing];
        for (const k of r.skipped.filter((k) => k.reason !== 'unchanged')) lines.push(skippedLine(k));
        setNotice(lines.join('\n'));
        void reload();
      } else if (r.status === 'needs-confirmation') setPending({ target: 'template', paragraphs: [], where: r.where, filled: r.filled });
      else if (r.status === 'no-template') setError(x.noTemplate);
      else setError(locale === 'en-US' ? r.message.en : r.message.zh);
    });
  const skippedLine = (k: SkippedCell) => {
    const why = SKIP_REASON_TEXT[k.reason][locale === 'en-US' ? 'en' : 'zh'];
    const folded = k.folded ? `${locale === 'en-US' ? '; ' : '；'}${fill(x.templateFolded, { n: k.folded.count, into: k.folded.into })}` : '';
    return fill(x.templateSkipped, { cell: `${k.sheet}!${k.cell}`, reason: why + folded });
  };

  const onConfirm = () => {
    const p = pending;
    setPending(null);
    if (p?.target === 'template') void insertTemplate(true);
    else if (p) void insert(p.target, p.paragraphs, true);
  };

  const onCreatePrior = () =>
    guard(x.working.prior, async () => {
      const r = await runExcel((ctx) => createPriorSheet(ctx));
      setNotice(fill(r.status === 'created' ? x.priorCreated : x.priorExists, { name: r.sheet }));
    });

  const onCheck = () =>
    guard(x.working.check, async () => {
      const l = await reload();
      setSelected(null);
      if (source === 'sheet') {
        if (!l.existing) {
          setFindings(null);
          setError(x.noSheet);
          return;
        }
        setFindings(checkNarrative(l.existing, l.report.typed, l.prior, { locale }));
      } else {
        setFindings(checkNarrative(pasted, l.report.typed, l.prior, { locale }));
      }
    });

  const onSelect = (f: Finding, i: number) => {
    const at = f.location ?? f.related[0];
    if (!at) return;
    setSelected(i);
    const related = f.location ? f.related : f.related.slice(1);
    void guard(t.working.done, () => runExcel((ctx) => selectWithRelated(ctx, at, related, detectSupport().fillPattern)));
  };

  const toFill = useMemo(() => countPlaceholders(text), [text]);

  return (
    <section className={s.root} data-testid="explanation">
      <Subtitle2 as="h2">{t.explanationTitle}</Subtitle2>
      {!text && <Body1>{x.intro}</Body1>}
      <div className={s.buttons}>
        <Button appearance="primary" onClick={onGenerate} disabled={!!busy} data-testid="explain-generate">
          {x.generate}
        </Button>
        {plan && (
          <Button appearance="primary" onClick={() => void insertTemplate(false)} disabled={!!busy || !text.trim()} data-testid="explain-insert-template">
            {x.insertTemplate}
          </Button>
        )}
        <Button onClick={() => onInsert('sheet')} disabled={!!busy || !text.trim()} data-testid="explain-insert-sheet">
          {x.insertSheet}
        </Button>
        <Button onClick={() => onInsert('selection')} disabled={!!busy || !text.trim()} data-testid="explain-insert-selection">
          {x.insertSelection}
        </Button>
        <Button onClick={onCreatePrior} disabled={!!busy} data-testid="explain-create-prior">
          {x.createPrior}
        </Button>
      </div>

      {plan && (
        <Caption1 className={s.where} data-testid="explain-template-where">
          {plan.writes.length ? fill(x.templateWhere, { cells: cellList(plan.writes.filter((w) => w.what !== 'clear')) }) : x.templateNothing}
          {plan.writes.some((w) => w.what === 'clear') &&
            `${locale === 'en-US' ? '; ' : '；'}${fill(x.templateClear, { cells: cellList(plan.writes.filter((w) => w.what === 'clear')) })}`}
          {plan.skipped.some((k) => k.reason === 'user-text') && (
            <>
              <br />
              {fill(x.templateUserText, { cells: cellList(plan.skipped.filter((k) => k.reason === 'user-text')) })}
            </>
          )}
          {plan.skipped
            .filter((k) => k.reason !== 'user-text' && k.reason !== 'unchanged')
            .map((k) => (
              <span key={`${k.sheet}!${k.cell}`}>
                <br />
                {skippedLine(k)}
              </span>
            ))}
        </Caption1>
      )}
      {busy && <ProgressBar aria-label={busy} />}
      {busy && <Caption1 role="status">{busy}</Caption1>}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="explain-error">{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && !busy && (
        <MessageBar intent="success">
          <MessageBarBody role="status" data-testid="explain-notice" className={s.lines}>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
      {load && !load.priorFound && text && (
        <MessageBar intent="info">
          <MessageBarBody>{x.priorMissing}</MessageBarBody>
        </MessageBar>
      )}
      {load && load.priorProblems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {x.priorProblems}
            <ul>
              {load.priorProblems.map((p) => (
                <li key={p.key}>{locale === 'en-US' ? p.en : p.zh}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {text && (
        <>
          <span className={`${s.count} ${toFill > 0 ? s.toFill : s.done}`} role="status" data-testid="explain-placeholders" data-count={toFill}>
            {toFill > 0 ? fill(x.placeholders, { n: toFill }) : x.noPlaceholders}
          </span>
          <Field label={x.previewLabel}>
            <Textarea className={s.preview} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" lang="zh-CN" data-testid="explain-preview" />
          </Field>
        </>
      )}

      <Field label={x.checkSource}>
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value as 'sheet' | 'pasted')} layout="horizontal">
          <Radio value="sheet" label={x.checkSheet} />
          <Radio value="pasted" label={x.checkPasted} />
        </RadioGroup>
      </Field>
      {source === 'pasted' && (
        <Field label={x.pasteLabel}>
          <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" lang="zh-CN" data-testid="explain-paste" />
        </Field>
      )}
      <div className={s.buttons}>
        <Button onClick={onCheck} disabled={!!busy || (source === 'pasted' && !pasted.trim())} data-testid="explain-check">
          {x.check}
        </Button>
      </div>

      {findings && (
        <div className={s.list} data-testid="explain-findings">
          <Body1>{findings.length === 0 ? x.checkClean : fill(x.checkFound, { n: findings.length })}</Body1>
          {findings.map((f, i) => (
            <FindingCard
              key={i}
              finding={f}
              tone={f.severity}
              selected={selected === i}
              testId="narrative-finding"
              t={t}
              showRelated
              onClick={() => onSelect(f, i)}
            />
          ))}
        </div>
      )}

      <Dialog open={!!pending} onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>{x.confirmTitle}</DialogTitle>
            <DialogContent>{pending && fill(x.confirmBody, { where: pending.where, n: pending.filled })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onConfirm} data-testid="explain-confirm">
                {x.confirmReplace}
              </Button>
              <Button onClick={() => setPending(null)} data-testid="explain-cancel">
                {x.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
