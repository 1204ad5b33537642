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
