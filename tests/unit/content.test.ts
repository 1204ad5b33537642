import { describe, expect, it } from 'vitest';
import { categorySchema, faqSchema } from '../../src/lib/category-schema';
import { bodyIds, readContentDir } from '../../src/lib/content-files';
import { REQUIRED_SECTION_IDS } from '../../src/lib/labels';
import { isOldSource } from '../../src/lib/dates';

const files = readContentDir('content/en/categories');

describe.each(files.map((f) => [f.slug, f] as const))('category %s', (_slug, file) => {
  const parsed = categorySchema.safeParse(file.data);

  it('matches the schema', () => {
    const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems, file.path).toEqual([]);
  });

  it('has every standard section, and every code section it names', () => {
    const ids = bodyIds(file.body);
    expect(
      REQUIRED_SECTION_IDS.filter((id) => !ids.includes(id)),
      `${file.path}: missing sections`,
    ).toEqual([]);
    if (!parsed.success) return;
    const named = [...parsed.data.codes, ...parsed.data.formerCodes].map((c) => c.section).filter(Boolean);
    expect(
      named.filter((id) => !ids.includes(id as string)),
      `${file.path}: code sections not in the body`,
    ).toEqual([]);
    expect(new Set(ids).size, `${file.path}: duplicate ids`).toBe(ids.length);
  });

  it('warns at the top of the page when it relies on an old source', () => {
    if (!parsed.success) return;
    const { sources, reviewed, caution } = parsed.data;
    const old = sources.filter((s) => s.modified && isOldSource(s.modified, reviewed));
    if (old.length) expect(caution, `${file.path}: cites ${old.map((s) => s.url).join(', ')} but has no caution`).toBeTruthy();
  });

  it('has a reviewed date that is not in the future', () => {
    if (!parsed.success) return;
    expect(parsed.data.reviewed.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

const faqs = readContentDir('content/en/faq');
const slugs = new Set(files.map((f) => f.slug));

describe.each(faqs.map((f) => [f.slug, f] as const))('faq %s', (_slug, file) => {
  const parsed = faqSchema.safeParse(file.data);

  it('matches the schema', () => {
    const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems, file.path).toEqual([]);
  });

  it('names only guides that exist', () => {
    if (!parsed.success) return;
    expect(
      parsed.data.categories.filter((s) => !slugs.has(s)),
      file.path,
    ).toEqual([]);
  });
});

describe('common names', () => {
  it('belong to one category each, so a name search has one answer', () => {
    const owners = new Map<string, string[]>();
    for (const f of files)
      for (const alias of (f.data.aliases as string[] | undefined) ?? []) {
        const key = alias.toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), f.slug]);
      }
    expect([...owners].filter(([, slugs]) => slugs.length > 1)).toEqual([]);
  });
});
