import type { CategoryData } from './category-schema';
import { employerText, PERMIT_LABELS } from './labels';
import { statusView } from './status';

/** The facts every view of a category shows (key facts, comparison, email summary), in the reader's order, legal basis last. One label each. */
export const FACTS = [
  { key: 'status', label: 'Status', value: (d: CategoryData, today: Date) => statusLine(d, today) },
  { key: 'permit', label: 'Permit type', value: (d: CategoryData) => PERMIT_LABELS[d.permit] },
  { key: 'employer', label: 'What the employer does', value: (d: CategoryData) => employerText(d) },
  { key: 'duration', label: 'How long it lasts', value: (d: CategoryData) => d.duration },
  { key: 'family', label: 'Family members', value: (d: CategoryData) => d.family },
  { key: 'whereToApply', label: 'Where to apply', value: (d: CategoryData) => d.whereToApply },
  { key: 'permanentResidence', label: 'Path to permanent residence', value: (d: CategoryData) => d.permanentResidence },
  { key: 'legalBasis', label: 'Legal basis', value: (d: CategoryData) => d.legalBasis },
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
