import type { CategoryData } from './category-schema';
import { codeLine } from './codes';
import { FACT_KEYS, factRows, type FactKey } from './facts';
import { guidePath, type Lang } from './paths';
import { en, type Dictionary } from '../i18n/en';

/** One category as the comparison shows it: every value derived from the category's frontmatter. */
export interface CompareRecord {
  slug: string;
  title: string;
  url: string;
  facts: Record<CompareKey, string>;
}

export type CompareKey = FactKey | 'codes' | 'reviewed';
/** The comparison's rows: the codes, the shared facts (src/lib/facts.ts), and the reviewed date. */
export const COMPARE_KEYS: CompareKey[] = ['codes', ...FACT_KEYS, 'reviewed'];
export const compareRows = (t: Dictionary = en) => COMPARE_KEYS.map((key) => ({ key, label: t.facts[key] }));

export function compareRecord(slug: string, data: CategoryData, today: Date, t: Dictionary = en): CompareRecord {
  const facts = Object.fromEntries(factRows(data, today, { always: true }, t).map((r) => [r.key, r.value])) as Record<FactKey, string>;
  return {
    slug,
    title: data.title,
    url: guidePath(slug, undefined, t.lang as Lang),
    facts: { codes: codeLine(data, t.guide.formerly), ...facts, reviewed: t.formatDate(data.reviewed) },
  };
}
