import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, faqSchema } from './lib/category-schema';

/** One MDX file per IMP category: content/en/categories/<slug>.mdx. */
const categories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/en/categories' }),
  schema: categorySchema,
});

/** One MDX file per question: content/en/faq/<slug>.mdx. */
const faq = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/en/faq' }),
  schema: faqSchema,
});

export const collections = { categories, faq };
