import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCategories } from '../../lib/catalog';
import { collectChanges } from '../../lib/changes';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'IMP Guide: what changed',
    description: 'Dated rule changes to International Mobility Program work permits that IMP Guide reflects.',
    site: site!,
    items: collectChanges(await getCategories()).map((c) => ({
      title: `${c.title}: ${c.summary}`,
      link: c.path,
      pubDate: c.date,
      description: `${c.summary} Official source: ${c.source}`,
    })),
  });
