import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, faqSchema, frCategorySchema, frFaqSchema, frPartSchema, partSchema } from './lib/category-schema';

/** One MDX file per IMP category: content/en/categories/<slug>.mdx. */
const categories = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/en/categories' }), schema: categorySchema });

/** One MDX file per question: content/en/faq/<slug>.mdx. */
const faq = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/en/faq' }), schema: faqSchema });

/** The French words of each guide and question, same slugs: content/fr/…; facts come from the English files. */
const categoriesFr = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fr/categories' }), schema: frCategorySchema });
const faqFr = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fr/faq' }), schema: frFaqSchema });

/** Pages of their own for long parts of a guide: content/en/parts/<guide>/<part>.mdx, and their French words. */
const parts = defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/en/parts' }), schema: partSchema });
const partsFr = defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/fr/parts' }), schema: frPartSchema });

export const collections = { categories, faq, categoriesFr, faqFr, parts, partsFr };
