/** UI strings (zh-CN first, en-US beside it). Nothing user-visible is written inline in components. */
import { renderTemplate } from '../core/render';

export type Locale = 'zh-CN' | 'en-US';

/** Chinese by default; English when Office's display language is English. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}

const zh = {
  appName: '预算表审核助手',
  validate: '校验',
  clear: '清除标记',
  exportReport: '导出报告',
  working: { read: '正在读取工作簿…', audit: '正在核对勾稽关系…', flag: '正在标记单元格…', done: '完成', clear: '正在清除标记…', export: '正在导出报告…' },
  summary: { errors: '错误', warnings: '警告', rounding: '尾差', tables: '已识别表' },
  filter: { label: '按级别筛选', all: '全部', error: '错误', warning: '警告', rounding: '尾差', info: '提示' },
  severities: { error: '错误', warning: '警告', info: '提示' },
  tabs: { findings: '问题清单', tables: '表格识别', explanation: '说明' },
  workbookLevel: '工作簿',
  expected: '应为',
  actual: '实为',
  difference: '相差',
  related: '相关单元格',
  cellLabel: '单元格',
  noFindings: '未发现问题：各表勾稽关系一致。',
  intro: '点击“校验”检查当前工作簿中的部门预算公开附表。',
  empty: {
    title: '未找到预算公开附表',
    body: '本工具查找部门预算公开的九张附表（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表、项目支出表）：或上海市格式的九张表（财务收支预算总表 … “三公”经费和机关运行经费预算表）：按标题（如“附表-1 收支总表”“2025年部门收入预算总表”）和表头（科目编码、科目名称、合计等）识别；没有标题行的工作表，按与表名相同的工作表名识别。请确认表格标题和表头在工作表中。',
  },
  layout: {
    line: '报表格式：{name}（{why}）',
    detected: '按表名识别',
    option: '按您的选择',
    default: '按表名逐表核对，不要求附表齐全',
    evidence: '依据的表名：',
    choose: '报表格式',
    auto: '自动识别',
    adminOnly: '各单位均为行政单位或参公事业单位',
    adminOnlyHint: '勾选后，机关运行经费应等于基本支出中的公用经费；含事业单位时请勿勾选。',
    remembered: '选择会保存在本工作簿中，“校验预算”按钮也按此校验。',
  },
  tableView: { kind: '表', sheet: '工作表', range: '区域', unit: '单位', unrecognized: '未识别的区域' },
  protectedSheets: '以下工作表受保护，未能标记（校验结果仍然有效）：',
  messagesKept: '{n} 个单元格原有您的批注，已保留不动，只标了颜色。',
  workbookProtected: '工作簿结构受保护，无法保存标记记录（清除标记需要它），因此没有标记单元格；校验结果仍然有效。',
  command: {
    done: '校验完成：{errors} 个错误，{warnings} 个警告，已标记 {n} 个单元格。',
    failed: '“校验预算”未能完成：{error}',
    close: '关闭',
    openPane: '详情请打开“审核面板”。',
  },
  flagged: '已标记 {n} 个单元格',
  cleared: '已清除 {n} 个标记',
  exported: '已导出到工作表“{name}”',
  noteKind: { note: '批注（备注）', comment: '批注', none: '仅填充颜色（此版本 Excel 不支持批注）' },
  error: '出错了：',
  explanationTitle: '生成说明',
  explanationBody: '说明文字将根据识别出的表格生成。请先校验工作簿。',
  explanationPending: '（说明生成功能由核心引擎提供后在此显示。）',
  explain: {
    generate: '生成',
    insertSheet: '插入到“编制说明”工作表',
    insertSelection: '插入到所选单元格',
    createPrior: '创建“上年数与说明”表',
    check: '检查说明文字',
    previewLabel: '说明文字（可直接修改）',
    placeholders: '还有 {n} 处待填写',
    noPlaceholders: '没有待填写的内容',
    intro:
      '点击“生成”，按识别出的附表和“上年数与说明”表写出第三部分编制说明。上年数、政府采购、资产和增减原因请填在“上年数与说明”表中，缺少的内容以【请填写：…】标出。',
    priorMissing: '工作簿中没有“上年数与说明”表：上年数和增减原因将显示为【请填写】。可点击“创建‘上年数与说明’表”填写后重新生成。',
    priorProblems: '“上年数与说明”表中有以下内容未能读取：',
    working: { generate: '正在读取附表并生成说明…', insert: '正在写入说明…', prior: '正在创建“上年数与说明”表…', check: '正在检查说明文字…' },
    inserted: '已写入 {n} 段到 {where}',
    priorCreated: '已创建工作表“{name}”，请在“数值”列填写后重新生成',
    priorExists: '工作表“{name}”已存在，未作改动（已切换到该表）',
    confirmTitle: '替换已有内容？',
    confirmBody: '{where} 已有 {n} 个单元格有内容。替换后原内容将被清除。',
    confirmReplace: '替换',
    cancel: '取消',
    refusedInsideTable: '所选位置 {where} 与附表“{table}”（{range}）重叠：不会写入附表的单元格。请选择附表以外的空白单元格。',
    refusedSelection: '请只选择一个单元格（当前选择了多个区域或无法读取所选区域）。',
    refusedProtected: '工作表“{sheet}”受保护，无法写入。',
    checkSource: '检查对象',
    checkSheet: '“编制说明”工作表',
    checkPasted: '粘贴的文字',
    pasteLabel: '在此粘贴已有的编制说明',
    noSheet: '工作簿中没有“编制说明”工作表，或其 A 列为空。',
    checkClean: '未发现说明文字与附表不一致之处。',
    checkFound: '发现 {n} 处问题',
    paragraph: '第 {n} 段',
    insertTemplate: '插入到模板的说明页',
    templateWhere: '将写入模板的单元格：{cells}',
    templateClear: '清空多余的条目行 {cells}',
    templateUserText: '{cells} 有您填写的文字：插入时会先询问是否替换。',
    templateInserted: '已写入 {n} 个单元格：{cells}',
    templateNothing: '模板的单元格已是这段文字，未作改动',
    templateSkipped: '未写入 {cell}：{reason}',
    templateFolded: '其余 {n} 项写在 {into} 中',
    noTemplate: '工作簿中没有编制说明模板的工作表（部门编制说明 / 单位编制说明、其他相关情况说明）。',
  },
  lang: 'zh',
};

export type Messages = typeof zh;

const en: Messages = {
  appName: 'Budget Table Auditor',
  validate: 'Validate',
  clear: 'Clear flags',
  exportReport: 'Export report',
  working: {
    read: 'Reading the workbook…',
    audit: 'Checking the tables…',
    flag: 'Flagging cells…',
    done: 'Done',
    clear: 'Clearing flags…',
    export: 'Exporting the report…',
  },
  summary: { errors: 'Errors', warnings: 'Warnings', rounding: 'Rounding', tables: 'Tables found' },
  filter: { label: 'Filter by severity', all: 'All', error: 'Errors', warning: 'Warnings', rounding: 'Rounding', info: 'Info' },
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  tabs: { findings: 'Findings', tables: 'Tables', explanation: 'Explanation' },
  workbookLevel: 'Workbook',
  expected: 'Expected',
  actual: 'Actual',
  difference: 'Difference',
  related: 'Related cells',
  cellLabel: 'Cell',
  noFindings: 'No problems found: the tables agree.',
  intro: 'Click “Validate” to check the budget disclosure tables in this workbook.',
  empty: {
    title: 'No budget disclosure table found',
    body: 'The tool looks for the nine 部门预算公开 tables (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, “三公”经费支出表, 政府性基金预算支出表, 项目支出表) or the nine tables of the Shanghai layout (财务收支预算总表 … “三公”经费和机关运行经费预算表), by their title (e.g. “附表-1 收支总表”, “2025年部门收入预算总表”) and header words (科目编码, 科目名称, 合计…); a sheet without a title row is read when its name is the title of a table. Check that the titles and headers are on the sheets.',
  },
  layout: {
    line: 'Layout: {name} ({why})',
    detected: 'detected from the table titles',
    option: 'as you chose',
    default: 'no title points to a known layout: each table checked on its own, none required',
    evidence: 'Titles found: ',
    choose: 'Layout',
    auto: 'Detect automatically',
    adminOnly: 'Every unit is administrative (行政 or 参公)',
    adminOnlyHint: 'When ticked, 机关运行经费 must equal 公用经费 of 基本支出; leave it unticked when a 事业单位 is among the units.',
    remembered: 'The choice is saved in this workbook; the ribbon’s Validate budget uses it too.',
  },
  tableView: { kind: 'Table', sheet: 'Sheet', range: 'Range', unit: 'Unit', unrecognized: 'Unrecognised areas' },
  protectedSheets: 'These sheets are protected and could not be flagged (the audit still ran):',
  messagesKept: '{n} cells already had your own note or comment: it was left as it is, and the cell got the colour only.',
  workbookProtected:
    'The workbook structure is protected, so the record that 清除标记 (Clear flags) needs cannot be saved: no cell was flagged. The audit still ran.',
  command: {
    done: 'Validation finished: {errors} errors, {warnings} warnings, {n} cells flagged.',
    failed: '“Validate budget” could not finish: {error}',
    close: 'Close',
    openPane: 'Open the Audit pane for the details.',
  },
  flagged: '{n} cells flagged',
  cleared: '{n} flags cleared',
  exported: 'Exported to sheet “{name}”',
  noteKind: { note: 'notes', comment: 'comments', none: 'fill only (this Excel has no notes/comments API)' },
  error: 'Something went wrong: ',
  explanationTitle: 'Generate explanation',
  explanationBody: 'The explanation is written from the recognised tables. Validate the workbook first.',
  explanationPending: '(The explanation text appears here once the core engine provides it.)',
  explain: {
    generate: 'Generate',
    insertSheet: 'Insert into sheet “编制说明”',
    insertSelection: 'Insert at the selected cell',
    createPrior: 'Create sheet “上年数与说明”',
    check: 'Check the text',
    previewLabel: 'Explanation text (you can edit it)',
    placeholders: '{n} places still to fill in',
    noPlaceholders: 'Nothing left to fill in',
    intro:
      'Click “Generate” to write part three (编制说明) from the recognised tables and the sheet “上年数与说明”. Last year’s figures, procurement, assets and reasons for changes go in that sheet; anything missing shows as 【请填写：…】.',
    priorMissing: 'There is no sheet “上年数与说明”: last year’s figures and reasons show as 【请填写】. Create the sheet, fill it in, and generate again.',
    priorProblems: 'Some entries of “上年数与说明” could not be read:',
    working: {
      generate: 'Reading the tables and writing the text…',
      insert: 'Writing the text…',
      prior: 'Creating the sheet “上年数与说明”…',
      check: 'Checking the text…',
    },
    inserted: '{n} paragraphs written to {where}',
    priorCreated: 'Created the sheet “{name}”: fill in the 数值 column, then generate again',
    priorExists: 'The sheet “{name}” already exists and was left as it is (now shown)',
    confirmTitle: 'Replace the existing content?',
    confirmBody: '{n} cells in {where} already hold content. Replacing clears it.',
    confirmReplace: 'Replace',
    cancel: 'Cancel',
    refusedInsideTable:
      'The target {where} overlaps the table “{table}” ({range}): the tables’ cells are never written. Select a blank cell outside the tables.',
    refusedSelection: 'Select a single cell (several areas are selected, or the selection could not be read).',
    refusedProtected: 'The sheet “{sheet}” is protected and cannot be written.',
    checkSource: 'Check',
    checkSheet: 'the sheet “编制说明”',
    checkPasted: 'pasted text',
    pasteLabel: 'Paste an existing explanation here',
    noSheet: 'There is no sheet “编制说明”, or its column A is empty.',
    checkClean: 'The text agrees with the tables.',
    checkFound: '{n} problems found',
    paragraph: 'Paragraph {n}',
    insertTemplate: 'Insert into the template’s text sheets',
    templateWhere: 'Will write the template’s cells: {cells}',
    templateClear: 'empties the item rows not needed: {cells}',
    templateUserText: '{cells} hold your own text: you will be asked before it is replaced.',
    templateInserted: '{n} cells written: {cells}',
    templateNothing: 'The template’s cells already hold this text: nothing changed',
    templateSkipped: 'Not written {cell}: {reason}',
    templateFolded: 'the other {n} items are in {into}',
    noTemplate: 'The workbook has none of the template’s text sheets (部门编制说明 / 单位编制说明, 其他相关情况说明).',
  },
  lang: 'en',
};

export function messages(locale: Locale): Messages {
  return locale === 'en-US' ? en : zh;
}

/** What flagging could not do, in the user's language: protected sheets, and cells whose own note was kept. */
export function flagNotices(locale: Locale, out: { protectedSheets: string[]; messagesKept?: number; workbookProtected?: boolean }): string[] {
  const t = messages(locale);
  const lines: string[] = [];
  if (out.workbookProtected) lines.push(t.workbookProtected);
  if (out.protectedSheets.length) lines.push(`${t.protectedSheets} ${out.protectedSheets.join(locale === 'en-US' ? ', ' : '、')}`);
  if (out.messagesKept) lines.push(fill(t.messagesKept, { n: out.messagesKept }));
  return lines;
}

/** A UI string with its {placeholders} filled (a missing value is left out): the core's one renderer. */
export function fill(template: string, data: Record<string, string | number>): string {
  return renderTemplate(template, data, 'empty');
}

export function exportText(locale: Locale) {
  return locale === 'en-US'
    ? {
        severity: 'Severity',
        table: 'Table',
        cell: 'Cell',
        message: 'Message',
        expected: 'Expected',
        actual: 'Actual',
        difference: 'Difference',
        rule: 'Rule',
        rounding: 'rounding',
        severities: en.severities,
      }
    : {
        severity: '级别',
        table: '表',
        cell: '单元格',
        message: '问题',
        expected: '应为',
        actual: '实为',
        difference: '相差',
        rule: '规则',
        rounding: '尾差',
        severities: zh.severities,
      };
}
