import { accuracyPath, categoriesPath, changesPath, codesPath, comparePath, faqIndexPath, finderPath, glossaryPath, homePath, searchPath } from './paths';

/** Pages that exist once, whatever the content. */
export const STATIC_PATHS = [homePath(), finderPath(), categoriesPath(), codesPath(), comparePath(), faqIndexPath(), searchPath(), changesPath(), glossaryPath(), accuracyPath()];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(paths: string[], site: URL): string {
  const urls = [...new Set(paths)].map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Local paths listed in a sitemap, whatever host it names. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL((m[1] ?? '').replace(/&amp;/g, '&')).pathname);
}
