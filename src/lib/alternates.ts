import { getCategories, getFaqs, getParts } from './catalog';
import { faqPath, guidePath, homePath, LANGS, partPath, type Lang } from './paths';
import { STATIC_PATHS } from './sitemap';

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** The same path in the other language: /x/ ↔ /fr/x/. */
export function swapLang(pathname: string): string {
  if (pathname === '/fr' || pathname === '/fr/') return '/';
  if (pathname.startsWith('/fr/')) return pathname.slice(3);
  return `/fr${pathname}`;
}

/** A path of the English edition in another language. */
export const inLang = (englishPath: string, lang: Lang) => (lang === 'en' ? englishPath : swapLang(englishPath));

const cache = new Map<Lang, Promise<string[]>>();

/** Every indexed page of a language: the fixed pages, and each guide, guide part and question that exists in it. */
export function indexedPaths(lang: Lang): Promise<string[]> {
  if (!cache.has(lang)) {
    cache.set(
      lang,
      (async () => {
        const [categories, faqs, parts] = await Promise.all([getCategories(lang), getFaqs(lang), getParts(lang)]);
        return [
          ...STATIC_PATHS.map((p) => inLang(p, lang)),
          ...categories.map((c) => guidePath(c.id, undefined, lang)),
          ...parts.map((p) => partPath(p.guide, p.id, undefined, lang)),
          ...faqs.map((f) => faqPath(f.id, lang)),
        ];
      })(),
    );
  }
  return cache.get(lang)!;
}

/** The page's address in every language it exists in, for hreflang and the sitemap; empty for a page not indexed. */
export async function alternatesOf(pathname: string): Promise<Partial<Record<Lang, string>>> {
  const english = pathname.startsWith('/fr/') || pathname === '/fr' ? swapLang(pathname) : pathname;
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) if ((await indexedPaths(lang)).includes(inLang(english, lang))) out[lang] = inLang(english, lang);
  return out;
}

/** Where the language switch goes: the same page in the other language, or that language's home page when it has none. */
export async function switchTarget(pathname: string, to: Lang): Promise<string> {
  const alternates = await alternatesOf(pathname);
  if (alternates[to]) return alternates[to]!;
  const swapped = swapLang(pathname);
  // Finder steps are not indexed but exist in both languages.
  return /^\/(fr\/)?finder\//.test(pathname) ? swapped : homePath(to);
}
