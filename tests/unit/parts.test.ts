import { describe, expect, it } from 'vitest';
import { partSchema, type CategoryData } from '../../src/lib/category-schema';
import { mergePart, partProblems, splitPartId } from '../../src/lib/parts';

const source = { title: 'An IRCC page', url: 'https://www.canada.ca/en/x.html', read: '2026-02-12' };
const part = {
  title: 'Rules by country',
  summary: 'Which categories each partner country has.',
  section: 'countries',
  reviewed: '2026-12-01',
  sources: [source],
};
const guide = {
  data: { schemes: [{ name: 'TR to PR', section: 'tr-to-pr', status: { state: 'open' } }] } as unknown as CategoryData,
  body: '## Who it is for {#who}\n\n### Rules by country {#countries}\n\nSee the rules.',
};

describe('a guide part file', () => {
  it('reads as a guide slug and a part slug, and names a file that is not', () => {
    expect(splitPartId('international-experience-canada/countries', 'f.mdx')).toEqual({
      guide: 'international-experience-canada',
      part: 'countries',
    });
    expect(() => splitPartId('countries', 'content/en/parts/countries.mdx')).toThrow(
      'content/en/parts/countries.mdx: expected content/<lang>/parts/<guide-slug>/<part-slug>.mdx',
    );
  });

  it('names each missing or wrong field', () => {
    const result = partSchema.safeParse({ ...part, title: undefined, section: 'Countries', extra: 1, sources: [] });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join('.') || i.message);
    expect(fields).toEqual(expect.arrayContaining(['title', 'section', 'sources']));
    expect(result.error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    expect(partSchema.safeParse(part).success).toBe(true);
  });

  it('must belong to a guide that has its section and its scheme', () => {
    const data = partSchema.parse(part);
    expect(partProblems(data, guide, 'x')).toEqual([]);
    expect(partProblems(data, undefined, 'no-such-guide')).toEqual([
      `guide: there is no guide "no-such-guide" (the folder's name must be a guide's slug)`,
    ]);
    expect(partProblems({ ...data, section: 'eligibility', scheme: 'h-1b' }, guide, 'x')).toEqual([
      'section: the guide has no heading {#eligibility}',
      'scheme: the guide has no scheme in section "h-1b"',
    ]);
    expect(partProblems({ ...data, scheme: 'tr-to-pr' }, guide, 'x')).toEqual([]);
  });

  it('in French keeps the English fields and takes the French words', () => {
    const en = partSchema.parse({ ...part, scheme: 'tr-to-pr' });
    const fr = {
      translates: 'abcdefabcdef',
      title: 'Règles par pays',
      summary: 'Les catégories de chaque pays partenaire.',
      reviewed: new Date('2026-12-02'),
      sources: [],
    };
    expect(mergePart(en, fr)).toEqual({ ...en, title: fr.title, summary: fr.summary, sources: [], reviewed: fr.reviewed });
  });
});
