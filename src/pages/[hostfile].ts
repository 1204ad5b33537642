// _redirects (short links), read by static hosts from the site root. _headers is written after the build
// (src/integrations/post-build.ts), once the hash of the guides' inline style is known.
import type { APIRoute } from 'astro';
import { getCodeIndex } from '../lib/catalog';
import { redirectsFile } from '../lib/host-files';

export function getStaticPaths() {
  return [{ params: { hostfile: '_redirects' } }];
}

export const GET: APIRoute = async () =>
  new Response(redirectsFile({ en: await getCodeIndex('en'), fr: await getCodeIndex('fr') }), {
    headers: { 'Content-Type': 'text/plain' },
  });
