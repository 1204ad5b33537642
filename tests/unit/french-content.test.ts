import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyIds, readContentDir, readContentFile } from '../../src/lib/content-files';
import { bannedFrench, tokenDifferences } from '../support/french-checks';
import { frCategorySchema, frFaqSchema, frPartSchema } from '../../src/lib/category-schema';

// The words of a page where facts are written: what a translation must carry over.
const WORD_FIELDS = [
  'title',
  'summary',
  'employerNote',
  'duration',
  'family',
  'permanentResidence',
  'whereToApply',
  'caution',
  'inShort',
  'question',
  'answer',
];
const words = (data: Record<string, unknown>, extra: unknown[] = []) =>
  JSON.stringify([...WORD_FIELDS.map((k) => data[k] ?? ''), ...extra]).replace(/\\n/g, ' ');
// Link targets and heading ids are not prose.
const prose = (body: string) => body.replace(/\]\([^)]*\)/g, ']').replace(/\{#[a-z0-9-]+\}/g, '');

const PARTS = 'content/en/parts';
const pages = [
  ...readContentDir('content/en/categories').map((f) => ({ kind: 'categories' as const, name: `categories/${f.slug}`, en: f })),
  ...readContentDir('content/en/faq').map((f) => ({ kind: 'faq' as const, name: `faq/${f.slug}`, en: f })),
  ...(existsSync(PARTS) ? readdirSync(PARTS) : []).flatMap((guide) =>
    readContentDir(`${PARTS}/${guide}`).map((f) => ({ kind: 'parts' as const, name: `parts/${guide}/${f.slug}`, en: f })),
  ),
];
const frSchema = { categories: frCategorySchema, faq: frFaqSchema, parts: frPartSchema } as const;

describe.each(pages.map((p) => [p.name, p] as const))('French %s', (name, { kind, en }) => {
  const path = `content/fr/${name}.mdx`;
  const fr = existsSync(path) ? readContentFile(path) : null;

  it('exists, and matches the French schema', () => {
    expect(fr, `${path} is missing`).not.toBeNull();
    const parsed = frSchema[kind].safeParse(fr!.data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), path).toEqual([]);
  });

  it('has the same section ids as the English page', () => {
    expect(fr).not.toBeNull();
    expect(bodyIds(fr!.body).sort(), path).toEqual(bodyIds(en.body).sort());
  });

  it('carries every code, number, amount and date of the English text, and adds none', () => {
    expect(fr).not.toBeNull();
    const changes = (d: Record<string, unknown>) => ((d.changes as { summary: string }[] | undefined) ?? []).map((c) => c.summary);
    const diff = tokenDifferences(
      `${words(en.data, changes(en.data))} ${prose(en.body)}`,
      `${words(fr!.data, changes(fr!.data))} ${prose(fr!.body)}`,
    );
    expect(diff, path).toEqual({ missingInFrench: [], extraInFrench: [] });
  });

  it('uses no form that does not belong in French', () => {
    expect(fr).not.toBeNull();
    expect(bannedFrench(`${words(fr!.data)} ${prose(fr!.body)}`), path).toEqual([]);
  });
});
