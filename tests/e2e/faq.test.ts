import { describe, expect, it } from 'vitest';
import { htmlPages } from './dist';
import { isOfficialUrl } from '../../src/lib/official';

const pages = htmlPages();
const faqs = pages.filter(([path]) => /^\/faq\/[a-z0-9-]+\/$/.test(path));

/** The parts of schema.org's FAQPage shape that search engines require. */
function checkFaqPage(data: unknown): string[] {
  const problems: string[] = [];
  const d = data as { '@context'?: string; '@type'?: string; mainEntity?: unknown[] };
  if (d['@context'] !== 'https://schema.org') problems.push('@context');
  if (d['@type'] !== 'FAQPage') problems.push('@type');
  if (!Array.isArray(d.mainEntity) || d.mainEntity.length === 0) return [...problems, 'mainEntity'];
  for (const q of d.mainEntity as { '@type'?: string; name?: string; acceptedAnswer?: { '@type'?: string; text?: string } }[]) {
    if (q['@type'] !== 'Question' || !q.name?.trim()) problems.push(`question ${q.name}`);
    if (q.acceptedAnswer?.['@type'] !== 'Answer' || !q.acceptedAnswer.text?.trim()) problems.push(`answer to ${q.name}`);
  }
  return problems;
}

describe('FAQ pages', () => {
  it('exist for at least the fifteen questions asked for', () => {
    expect(faqs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(faqs)('%s answers first, links a guide and an official source, and has valid FAQPage data', (_path, doc) => {
    expect(doc.querySelector('h1')?.text.trim().endsWith('?')).toBe(true);
    const firstParagraph = doc.querySelector('main article p[data-answer]');
    expect(firstParagraph?.text).toMatch(/Short answer: .{20,}/);
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    expect(
      links.some((h) => /^\/categories\/[a-z0-9-]+\//.test(h)),
      'links a guide',
    ).toBe(true);
    expect(
      links.some((h) => isOfficialUrl(h)),
      'links an official source',
    ).toBe(true);
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
    expect(blocks).toHaveLength(1);
    expect(checkFaqPage(blocks[0])).toEqual([]);
  });

  it.each(pages.filter(([path]) => /^(\/fr)?\/faq\/[a-z0-9-]+\/$/.test(path)))(
    '%s names its own address in its FAQPage data',
    (path, doc) => {
      const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as { mainEntity: { url: string }[] };
      expect(data.mainEntity.map((q) => new URL(q.url).pathname)).toEqual([path]);
    },
  );

  it('has valid FAQPage data on the index, covering every question', () => {
    const index = pages.find(([p]) => p === '/faq/')![1];
    const data = JSON.parse(index.querySelector('script[type="application/ld+json"]')!.text);
    expect(checkFaqPage(data)).toEqual([]);
    expect(data.mainEntity).toHaveLength(faqs.length);
  });

  it('links guides and questions both ways', () => {
    const guideLinksToFaq = new Set(
      pages
        .filter(([p]) => p.startsWith('/categories/'))
        .flatMap(([, doc]) =>
          doc.querySelectorAll('#related ~ ul a, section[aria-labelledby="related"] a').map((a) => a.getAttribute('href')),
        ),
    );
    const unlinked = faqs.map(([p]) => p).filter((p) => !guideLinksToFaq.has(p));
    expect(unlinked).toEqual([]);
  });
});
