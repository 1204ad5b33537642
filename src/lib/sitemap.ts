import {
  accuracyPath,
  categoriesPath,
  changesPath,
  codesPath,
  comparePath,
  faqIndexPath,
  finderPath,
  glossaryPath,
  homePath,
  searchPath,
} from './paths';

/** Pages that exist once, whatever the content. */
export const STATIC_PATHS = [
  homePath(),
  finderPath(),
  categoriesPath(),
  codesPath(),
  comparePath(),
  faqIndexPath(),
  searchPath(),
  changesPath(),
  glossaryPath(),
  accuracyPath(),
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap, with each page's language alternates (and x-default on the English) where it exists in both. */
export function sitemapXml(entries: { path: string; alternates?: Partial<Record<string, string>> }[], site: URL): string {
  const abs = (p: string) => escapeXml(new URL(p, site).href);
  const urls = entries.map(({ path, alternates = {} }) => {
    const both = alternates.en && alternates.fr;
    const links = both
      ? ['en', 'fr'].map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(alternates[l]!)}"/>`).join('') +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${abs(alternates.en!)}"/>`
      : '';
    return `  <url><loc>${abs(path)}</loc>${links}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Local paths listed in a sitemap, whatever host it names. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL((m[1] ?? '').replace(/&amp;/g, '&')).pathname);
}
