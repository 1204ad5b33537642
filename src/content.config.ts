import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, faqSchema, frCategorySchema, frFaqSchema } from './lib/category-schema';

/** One MDX file per IMP category: content/en/categories/<slug>.mdx. */
const categories = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/en/categories' }), schema: categorySchema });

/** One MDX file per question: content/en/faq/<slug>.mdx. */
const faq = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/en/faq' }), schema: faqSchema });

/** The French words of each guide and question, same slugs: content/fr/…; facts come from the English files. */
const categoriesFr = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fr/categories' }), schema: frCategorySchema });
const faqFr = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fr/faq' }), schema: frFaqSchema });

export const collections = { categories, faq, categoriesFr, faqFr };
