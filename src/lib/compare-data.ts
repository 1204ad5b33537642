import type { CategoryData } from './category-schema';
import { codeLine } from './codes';
import { guidePath } from './paths';
import { formatDate } from './dates';
import { en } from '../i18n/en';
import { FACTS, factRows, type FactKey } from './facts';

/** One category as the comparison shows it: every value derived from the category's frontmatter. */
export interface CompareRecord {
  slug: string;
  title: string;
  url: string;
  facts: Record<CompareKey, string>;
}

/** The comparison's rows: the codes, the shared facts (src/lib/facts.ts), and the reviewed date. */
export const COMPARE_ROWS = [
  { key: 'codes', label: en.facts.codes },
  ...FACTS.map(({ key, label }) => ({ key, label })),
  { key: 'reviewed', label: en.facts.reviewed },
] as const satisfies readonly { key: string; label: string }[];
export type CompareKey = FactKey | 'codes' | 'reviewed';

export function compareRecord(slug: string, data: CategoryData, today: Date): CompareRecord {
  const facts = Object.fromEntries(factRows(data, today, { always: true }).map((r) => [r.key, r.value])) as Record<FactKey, string>;
  return {
    slug,
    title: data.title,
    url: guidePath(slug),
    facts: {
      codes: codeLine(data),
      ...facts,
      reviewed: formatDate(data.reviewed),
    },
  };
}
