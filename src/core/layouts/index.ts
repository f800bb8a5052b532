/**
 * Layout profiles and their detection. A workbook is read the same way whatever its layout; the profile is chosen
 * from the titles found (each title only one layout prints counts once), reported in the output, and can be set by
 * the user (--layout, AuditOptions.layout) when the detection is wrong.
 */
import { norm } from '../recognize/text';
import type { LayoutId, LayoutProfile } from './profile';
import { SHANGHAI } from './shanghai';
import { STANDARD } from './standard';

export type { LayoutId, LayoutProfile, LayoutTable } from './profile';

export const LAYOUTS: LayoutProfile[] = [STANDARD, SHANGHAI];

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

/** Picks the layout whose signals most of the workbook's titles match; ties and no match → the standard layout. */
export function detectLayout(titles: string[], chosen?: LayoutId | 'auto'): LayoutChoice {
  if (chosen && chosen !== 'auto') {
    const p = layoutById(chosen);
    if (p) return { profile: p, source: 'option', evidence: [] };
  }
  // Each title as printed and without its 附表 label or a trailing bracket ("…预算表(单位：元)").
  const forms = titles.map((t) => {
    const n = norm(t);
    return [n, n.replace(/^附表[-_]?\d+(-\d+)?[:]?/, '').replace(/\([^)]*\)$/, '')];
  });
  let best: LayoutChoice = { profile: STANDARD, source: 'default', evidence: [] };
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
