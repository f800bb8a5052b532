/** The shapes of a generated 编制说明, shared by every layout's generator, the writer and the hosts. */
import type { LayoutId } from '../layouts';

export type SectionId = 'budget' | 'items' | 'other' | 'operating' | 'threePublic' | 'procurement' | 'assets' | 'purchaseServices' | 'govFund' | 'performance';

export interface ExplanationSection {
  id: SectionId;
  /** '' for a section that runs on under the one before it, with no title of its own. */
  title: string;
  /** 1: a part title (Shanghai “其他相关情况说明”), 2 (default): a section title. */
  level?: 1 | 2;
  paragraphs: string[];
}

export interface Explanation {
  title: string;
  sections: ExplanationSection[];
  /** The whole text: title, section titles and paragraphs (Markdown headings unless format is 'plain'). */
  text: string;
  /** The 【请填写：…】 placeholders left in the text, in order, each once. */
  placeholders: string[];
}

export interface GenerateOptions {
  /** Budget year; else the prior facts' 预算年度, else the year printed in the tables. */
  year?: number;
  /** 'markdown' (default): "# 第三部分 …", "## （一）…"; 'plain': titles as bare lines. */
  format?: 'markdown' | 'plain';
  /** The layout the text follows; else detected from the tables' titles (as audit() does). */
  layout?: LayoutId;
}
