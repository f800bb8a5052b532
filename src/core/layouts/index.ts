/**
 * Layout profiles and their detection. A workbook is read the same way whatever its layout; the profile is chosen
 * from the titles found (each title only one layout prints counts once), reported in the output, and can be set by
 * the user (--layout, AuditOptions.layout) when the detection is wrong.
 */
import { norm } from '../recognize/text';
import type { LayoutId, LayoutProfile } from './profile';
import { JIANGSU } from './jiangsu';
import { SHANGHAI } from './shanghai';
import { STANDARD } from './standard';
import { UNKNOWN } from './unknown';

export type { LayoutId, LayoutProfile, LayoutTable } from './profile';
export { tableNumberText } from './profile';

/** Every profile, in the order the pane and --help offer them; the last one is the fallback for unknown layouts. */
export const LAYOUTS: LayoutProfile[] = [STANDARD, SHANGHAI, JIANGSU, UNKNOWN];

/** What a user may choose: 'auto' (detected from the titles) or a profile's id. */
export const LAYOUT_CHOICES: ('auto' | LayoutId)[] = ['auto', ...LAYOUTS.map((l) => l.id)];

/** A user's choice as given (--layout, the remembered setting), or undefined when it names no profile. */
export function layoutChoice(v: unknown): 'auto' | LayoutId | undefined {
  return v === 'auto' || (typeof v === 'string' && layoutById(v)) ? (v as string) : undefined;
}

export function layoutById(id: string): LayoutProfile | undefined {
  return LAYOUTS.find((l) => l.id === id);
}

export interface LayoutChoice {
  profile: LayoutProfile;
  /** 'detected' from the titles, 'option' when the user chose it, 'default' when nothing pointed anywhere. */
  source: 'detected' | 'option' | 'default';
  /** What pointed to the layout (titles matched), for the report. */
  evidence: string[];
}

/**
 * Picks the layout whose signals most of the workbook's titles match (ties: the first listed). When none matches, the
 * workbook is read table by table (UNKNOWN): nothing is demanded of a layout we do not know.
 */
export function detectLayout(titles: string[], chosen?: LayoutId | 'auto'): LayoutChoice {
  if (chosen && chosen !== 'auto') {
    const p = layoutById(chosen);
    if (p) return { profile: p, source: 'option', evidence: [] };
  }
  // Each title as printed and without its 附表 label or a trailing bracket ("…预算表(单位：元)").
  const forms = titles.map((t) => {
    const n = norm(t);
    return [n, n.replace(/^(附表[-_]?\d+(-\d+)?|公开\d+表)[:]?/, '').replace(/\([^)]*\)$/, '')];
  });
  let best: LayoutChoice = { profile: UNKNOWN, source: 'default', evidence: [] };
  let bestScore = 0;
  for (const p of LAYOUTS) {
    const evidence: string[] = [];
    for (const s of p.signals) {
      const hit = forms.find((f) => f.some((x) => s.title.test(x)));
      if (hit) evidence.push(s.what);
    }
    if (evidence.length >= p.minSignals && evidence.length > bestScore) {
      bestScore = evidence.length;
      best = { profile: p, source: 'detected', evidence };
    }
  }
  return best;
}
