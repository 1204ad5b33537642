// The words of a guide's copy tools (src/scripts/guide-tools.js), per language, from the dictionary.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../lib/paths';
import { ui } from '../../i18n';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => {
  const t = ui(params.lang as Lang).guide;
  const words = { linkCopied: t.linkCopied, copyThis: t.copyThis, summaryCopied: t.summaryCopied, summaryFailed: t.summaryFailed };
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
