import type { CategoryData } from './category-schema';
import { employerText, PERMIT_LABELS } from './labels';
import { statusView } from './status';
import { en } from '../i18n/en';

/** The facts every view of a category shows (key facts, comparison, email summary), in the reader's order, legal basis last. One label each. */
export const FACTS = [
  { key: 'status', label: en.facts.status, value: (d: CategoryData, today: Date) => statusLine(d, today) },
  { key: 'permit', label: en.facts.permit, value: (d: CategoryData) => PERMIT_LABELS[d.permit] },
  { key: 'employer', label: en.facts.employer, value: (d: CategoryData) => employerText(d) },
  { key: 'duration', label: en.facts.duration, value: (d: CategoryData) => d.duration },
  { key: 'family', label: en.facts.family, value: (d: CategoryData) => d.family },
  { key: 'whereToApply', label: en.facts.whereToApply, value: (d: CategoryData) => d.whereToApply },
  { key: 'permanentResidence', label: en.facts.permanentResidence, value: (d: CategoryData) => d.permanentResidence },
  { key: 'legalBasis', label: en.facts.legalBasis, value: (d: CategoryData) => d.legalBasis },
] as const;
export type FactKey = (typeof FACTS)[number]['key'];

/** The status in one line ("Closed to new applicants since 19 December 2025."), or "Open" when nothing needs saying. */
export function statusLine(data: Pick<CategoryData, 'status'>, today: Date): string {
  const view = statusView(data.status, today);
  return view ? view.text : 'Open';
}

/** Each fact's label and value for one category; the status row only when it says more than "Open". */
export function factRows(data: CategoryData, today: Date, { always = false } = {}): { key: FactKey; label: string; value: string }[] {
  return FACTS.map((f) => ({ key: f.key, label: f.label, value: f.value(data, today) })).filter((r) => always || r.key !== 'status' || statusView(data.status, today) !== null);
}
