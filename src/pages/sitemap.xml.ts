import type { APIRoute } from 'astro';
import { alternatesOf, indexedPaths } from '../lib/alternates';
import { LANGS } from '../lib/paths';
import { sitemapXml } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const paths = (await Promise.all(LANGS.map(indexedPaths))).flat();
  const entries = await Promise.all(paths.map(async (path) => ({ path, alternates: await alternatesOf(path) })));
  return new Response(sitemapXml(entries, site!), { headers: { 'Content-Type': 'application/xml' } });
};
