import type { CategoryData } from './category-schema';
import type { PermitType } from './labels';
import { guidePath, type Lang } from './paths';
import { formatCodeLine } from './code-line';

/** A category as the code index needs it. */
export interface CategoryRef {
  slug: string;
  data: Pick<CategoryData, 'title' | 'codes' | 'formerCodes' | 'legalBasis' | 'permit'>;
}

/** One exemption code, current or former, and where it leads. */
export interface CodeRecord {
  code: string;
  status: 'current' | 'former';
  title: string;
  slug: string;
  categoryTitle: string;
  legalBasis: string;
  permit: PermitType;
  /** Section id on the guide, if the code has its own. */
  section?: string;
  /** For a former code: the current codes it became. */
  became: string[];
  /** For a current code: the former codes that became it. */
  replaced: string[];
}

/** "c-43", " T 23 ", "c43" → "C43"; anything that is not a code → null. */
export function normalizeCode(input: string): string | null {
  const compact = input
    .trim()
    .replace(/[\s\-_.]+/g, '')
    .toUpperCase();
  return /^[A-Z]\d{2}$/.test(compact) ? compact : null;
}

export function codeUrl(record: Pick<CodeRecord, 'slug' | 'section'>, lang: Lang = 'en'): string {
  return guidePath(record.slug, record.section, lang);
}

/**
 * Every code of every category, current codes first, sorted by code.
 * A former code that is still a current code elsewhere (C20, C41…) resolves to its current use,
 * so it is listed once as current; its history shows in `replaced`.
 */
export function buildCodeIndex(categories: CategoryRef[]): CodeRecord[] {
  const current = new Map<string, CodeRecord>();
  for (const { slug, data } of categories) {
    for (const c of data.codes) {
      if (current.has(c.code)) throw new Error(`Code ${c.code} is claimed by both ${current.get(c.code)?.slug} and ${slug}`);
      current.set(c.code, {
        code: c.code,
        status: 'current',
        title: c.title,
        slug,
        categoryTitle: data.title,
        legalBasis: c.legalBasis ?? data.legalBasis,
        permit: c.permit ?? data.permit,
        section: c.section,
        became: [],
        replaced: [],
      });
    }
  }
  const former = new Map<string, CodeRecord>();
  for (const { slug, data } of categories) {
    for (const f of data.formerCodes) {
      for (const next of f.became) {
        const target = current.get(next);
        if (target && !target.replaced.includes(f.code)) target.replaced.push(f.code);
      }
      if (current.has(f.code)) continue;
      const existing = former.get(f.code);
      if (existing) {
        if (existing.slug !== slug) throw new Error(`Former code ${f.code} is claimed by both ${existing.slug} and ${slug}`);
        continue;
      }
      former.set(f.code, {
        code: f.code,
        status: 'former',
        title: `Former code, replaced by ${f.became.join(', ')}`,
        slug,
        categoryTitle: data.title,
        legalBasis: data.legalBasis,
        permit: data.permit,
        section: f.section,
        became: [...f.became],
        replaced: [],
      });
    }
  }
  // A former code's "became" list may be spread over several pages (T23 → T36 and the F codes).
  for (const record of former.values()) {
    for (const cur of current.values()) {
      if (cur.replaced.includes(record.code) && !record.became.includes(cur.code)) record.became.push(cur.code);
    }
    record.became.sort();
  }
  const byCode = (a: CodeRecord, b: CodeRecord) => a.code.localeCompare(b.code);
  return [...[...current.values()].sort(byCode), ...[...former.values()].sort(byCode)];
}

export function resolveCode(index: CodeRecord[], input: string): CodeRecord | null {
  const code = normalizeCode(input);
  if (!code) return null;
  return index.find((r) => r.code === code && r.status === 'current') ?? index.find((r) => r.code === code) ?? null;
}

/** How a reader should see a category's codes: "C61, C62, C63 — formerly C12". */
export function codeLine(data: Pick<CategoryData, 'codes' | 'formerCodes'>, word = 'formerly'): string {
  return formatCodeLine(
    data.codes.map((c) => c.code),
    formerOnly(data),
    word,
  );
}

/** Former codes of a category that differ from its own current codes. */
export function formerOnly(data: Pick<CategoryData, 'codes' | 'formerCodes'>): string[] {
  const own = new Set(data.codes.map((c) => c.code));
  return [...new Set(data.formerCodes.map((f) => f.code))].filter((c) => !own.has(c));
}
