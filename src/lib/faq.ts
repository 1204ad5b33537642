import type { FaqData } from './category-schema';

export const FAQ_GROUPS = [
  { id: 'workers', label: 'For workers' },
  { id: 'families', label: 'For families' },
  { id: 'employers', label: 'For employers' },
  { id: 'codes-and-applying', label: 'About codes and applying' },
] as const;

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
