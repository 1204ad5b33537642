import type { CategoryData } from './category-schema';
import { formerOnly } from './codes';
import { formatDate } from './dates';
import { employerText, PERMIT_LABELS } from './labels';

/** One category as the comparison shows it: every value derived from the category's frontmatter. */
export interface CompareRecord {
  slug: string;
  title: string;
  url: string;
  facts: Record<CompareKey, string>;
}

export const COMPARE_ROWS = [
  { key: 'legalBasis', label: 'Legal basis' },
  { key: 'codes', label: 'Codes' },
  { key: 'permit', label: 'Permit type' },
  { key: 'employer', label: 'What the employer does' },
  { key: 'duration', label: 'How long' },
  { key: 'family', label: 'Family members' },
  { key: 'permanentResidence', label: 'Path to permanent residence' },
  { key: 'whereToApply', label: 'Where to apply' },
  { key: 'reviewed', label: 'Last reviewed' },
] as const;
export type CompareKey = (typeof COMPARE_ROWS)[number]['key'];

export function compareRecord(slug: string, data: CategoryData): CompareRecord {
  const former = formerOnly(data);
  return {
    slug,
    title: data.title,
    url: `/categories/${slug}/`,
    facts: {
      legalBasis: data.legalBasis,
      codes: data.codes.map((c) => c.code).join(', ') + (former.length ? ` (formerly ${former.join(', ')})` : ''),
      permit: PERMIT_LABELS[data.permit],
      employer: employerText(data),
      duration: data.duration,
      family: data.family,
      permanentResidence: data.permanentResidence,
      whereToApply: data.whereToApply,
      reviewed: formatDate(data.reviewed),
    },
  };
}
