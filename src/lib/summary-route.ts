import type { APIRoute } from 'astro';
import { buildDate } from './build-date';
import { getCategories, type Category } from './catalog';
import { emailSummary } from './email-summary';
import { readGlossary } from './glossary-data';
import { guidePath, type Lang } from './paths';
import { siteUrl } from './site';
import { ui } from '../i18n';

/** One summary for email per guide of a language (the text "Copy summary for email" copies). */
export async function summaryPaths(lang: Lang) {
  return (await getCategories(lang)).map((entry) => ({ params: { slug: entry.id }, props: { entry, lang } }));
}

export const summaryText: APIRoute = ({ props }) => {
  const { entry, lang } = props as { entry: Category; lang: Lang };
  const pageUrl = new URL(guidePath(entry.id, undefined, lang), siteUrl()).href;
  const text = emailSummary(entry.data, pageUrl, buildDate(), ui(lang), readGlossary(lang));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
