// Files static hosts read from the site root: _redirects (short links) and _headers (security headers).
import type { APIRoute } from 'astro';
import { getCodeIndex } from '../lib/catalog';
import { headersFile, redirectsFile } from '../lib/host-files';

export function getStaticPaths() {
  return [{ params: { hostfile: '_redirects' } }, { params: { hostfile: '_headers' } }];
}

export const GET: APIRoute = async ({ params }) => {
  const body =
    params.hostfile === '_redirects' ? redirectsFile({ en: await getCodeIndex('en'), fr: await getCodeIndex('fr') }) : headersFile();
  return new Response(body, { headers: { 'Content-Type': 'text/plain' } });
};
