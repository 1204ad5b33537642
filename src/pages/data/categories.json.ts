import type { APIRoute } from 'astro';
import { getCategories } from '../../lib/catalog';
import { categoryRecord } from '../../lib/open-data';
import { buildDate } from '../../lib/build-date';

export const GET: APIRoute = async ({ site }) => {
  const records = (await getCategories()).map((c) => categoryRecord(c.id, c.data, site!, buildDate()));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
