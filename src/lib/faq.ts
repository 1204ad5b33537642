import type { FaqData } from './category-schema';

/** The FAQ groups, in the order the FAQ page lists them; the schema takes its ids from here. */
export const FAQ_GROUP_IDS = ['workers', 'families', 'employers', 'codes-and-applying'] as const;
export type FaqGroupId = (typeof FAQ_GROUP_IDS)[number];

/** schema.org FAQPage structured data for one or more questions. */
export function faqJsonLd(items: { question: string; answer: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((i) => ({
      '@type': 'Question',
      name: i.question,
      url: i.url,
      acceptedAnswer: { '@type': 'Answer', text: i.answer },
    })),
  };
}

export type { FaqData };

/** How many questions a guide lists under "Related": the index lists them all. */
export const RELATED_FAQS = 4;

/**
 * The questions a guide lists: those about it, the most specific first (a question about few guides says more about
 * this one than one about every guide), in their own order otherwise, at most RELATED_FAQS.
 */
export function relatedFaqs<T extends { data: { categories: string[] } }>(faqs: T[], slug: string, max = RELATED_FAQS): T[] {
  return faqs
    .filter((f) => f.data.categories.includes(slug))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.data.categories.length - b.f.data.categories.length || a.i - b.i)
    .slice(0, max)
    .map(({ f }) => f);
}
