import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content-files';
import { staleWords } from '../support/stale-words';
import { latestReview, reviewRecordSchema } from '../../src/lib/reviews';
import { isoDay } from '../../src/lib/dates';

const inLang = (lang: string, records: string) =>
  ['categories', 'faq'].flatMap((kind) =>
    (existsSync(`content/${lang}/${kind}`) ? readContentDir(`content/${lang}/${kind}`) : []).map((f) => ({ ...f, kind, records, lang })),
  );
// English records are in content/reviews/, French ones in content/reviews/fr/.
const pages = [...inLang('en', 'content/reviews'), ...inLang('fr', 'content/reviews/fr')];

describe.each(pages.map((p) => [`${p.lang}/${p.kind}/${p.slug}`, p] as const))('%s', (_name, page) => {
  const name = `${page.kind}/${page.slug}`;
  it('has no words that go stale (dates and countdowns come from data)', () => {
    expect(staleWords(readFileSync(page.path, 'utf8')), page.path).toEqual([]);
  });

  it('has a "last reviewed" date that a recorded review earned', () => {
    const path = `${page.records}/${name}.yaml`;
    expect(existsSync(path), `${page.path}: no review record at ${path}`).toBe(true);
    const record = reviewRecordSchema.parse(parse(readFileSync(path, 'utf8')));
    expect(isoDay(new Date(String(page.data.reviewed))), `${page.path}: reviewed date differs from the newest review in ${path}`).toBe(
      isoDay(latestReview(record).date),
    );
  });
});

describe('stale words', () => {
  it('are found in prose and frontmatter, in any case', () => {
    expect(staleWords('Checked against today. It is about five weeks away; apply This Year.')).toEqual([
      'Checked against today',
      'weeks away',
      'This Year',
    ]);
    expect(staleWords("Today's code for that work is C51. On 1 April 2026 the rule changed.")).toEqual([]);
    expect(staleWords('Aujourd’hui, cette année, dans cinq semaines ; cette règle reste.')).toEqual([
      'Aujourd’hui',
      'cette année',
      'dans cinq semaines',
    ]);
  });
});
