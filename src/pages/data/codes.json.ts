import type { APIRoute } from 'astro';
import { getCodeIndex } from '../../lib/catalog';
import { codeRecord } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const records = (await getCodeIndex()).map((r) => codeRecord(r, site!));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
