import { faqPath, guidePath } from '../lib/paths';
import type { APIRoute } from 'astro';
import { getCategories, getFaqs } from '../lib/catalog';
import { sitemapXml, STATIC_PATHS } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const [categories, faqs] = await Promise.all([getCategories(), getFaqs()]);
  const paths = [...STATIC_PATHS, ...categories.map((c) => guidePath(c.id)), ...faqs.map((f) => faqPath(f.id))];
  return new Response(sitemapXml(paths, site!), { headers: { 'Content-Type': 'application/xml' } });
};
