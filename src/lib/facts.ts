import type { CategoryData } from './category-schema';
import { statusView } from './status';
import { en, type Dictionary } from '../i18n/en';

/** The facts every view of a category shows (key facts, comparison, email summary), in the reader's order, legal basis last. */
export const FACT_KEYS = [
  'status',
  'permit',
  'employer',
  'duration',
  'family',
  'whereToApply',
  'permanentResidence',
  'legalBasis',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

const VALUES: Record<FactKey, (d: CategoryData, today: Date, t: Dictionary) => string> = {
  status: (d, today, t) => statusLine(d, today, t),
  permit: (d, _today, t) => t.permit[d.permit],
  employer: (d, _today, t) => d.employerNote ?? t.employer[d.employerSteps],
  duration: (d) => d.duration,
  family: (d) => d.family,
  whereToApply: (d) => d.whereToApply,
  permanentResidence: (d) => d.permanentResidence,
  legalBasis: (d) => d.legalBasis,
};

/** The status in one line ("Closed to new applicants since 19 December 2025."), or "Open" when nothing needs saying. */
export function statusLine(data: Pick<CategoryData, 'status'>, today: Date, t: Dictionary = en): string {
  return statusView(data.status, today, t)?.text ?? t.statusText.openShort;
}

/** Each fact's label and value for one category; the status row only when it says more than "Open". */
export function factRows(
  data: CategoryData,
  today: Date,
  { always = false } = {},
  t: Dictionary = en,
): { key: FactKey; label: string; value: string }[] {
  return FACT_KEYS.filter((key) => always || key !== 'status' || statusView(data.status, today, t) !== null).map((key) => ({
    key,
    label: t.facts[key],
    value: VALUES[key](data, today, t),
  }));
}
