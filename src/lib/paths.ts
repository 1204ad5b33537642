/** Every public path of the site, in one place, for either language. The URL contract is in ../shared/DESIGN.md: never break a path. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
const hash = (section?: string) => (section ? `#${section}` : '');

export const homePath = (lang: Lang = 'en') => `${prefix(lang)}/`;
export const categoriesPath = (lang: Lang = 'en', section?: string) => `${prefix(lang)}/categories/${hash(section)}`;
export const guidePath = (slug: string, section?: string, lang: Lang = 'en') => `${prefix(lang)}/categories/${slug}/${hash(section)}`;
/** A page of its own for a long part of a guide: /categories/<guide>/<part>/. */
export const partPath = (guide: string, part: string, section?: string, lang: Lang = 'en') =>
  `${prefix(lang)}/categories/${guide}/${part}/${hash(section)}`;
export const faqIndexPath = (lang: Lang = 'en', section?: string) => `${prefix(lang)}/faq/${hash(section)}`;
export const faqPath = (slug: string, lang: Lang = 'en') => `${prefix(lang)}/faq/${slug}/`;
export const codesPath = (lang: Lang = 'en') => `${prefix(lang)}/codes/`;
/** A short link: /c43/ (any case works; lowercase is the form we print). */
export const codePath = (code: string, lang: Lang = 'en') => `${prefix(lang)}/${code.toLowerCase()}/`;
export const changesPath = (lang: Lang = 'en') => `${prefix(lang)}/changes/`;
export const feedPath = (lang: Lang = 'en') => `${prefix(lang)}/changes/feed.xml`;
export const accuracyPath = (lang: Lang = 'en', section?: string) => `${prefix(lang)}/about/accuracy/${hash(section)}`;
export const searchPath = (query?: string, lang: Lang = 'en') => `${prefix(lang)}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** The address for a comparison: /compare/?c=slug,slug (slugs are [a-z0-9-], so no escaping is needed). */
export function comparePath(chosen: string[] = [], lang: Lang = 'en'): string {
  return `${prefix(lang)}/compare/${chosen.length ? `?c=${chosen.join(',')}` : ''}`;
}

/** A guide's link-preview image and its print-only QR code, both drawn at build time. */
export const ogImagePath = (slug: string, lang: Lang = 'en') => `/og/${lang === 'en' ? '' : `${lang}/`}${slug}.png`;
export const qrImagePath = (slug: string, lang: Lang = 'en') => `/qr/${lang === 'en' ? '' : `${lang}/`}${slug}.svg`;
/** A guide's summary for email, as plain text: fetched when the reader first asks for it, not with the page. */
export const summaryPath = (slug: string, lang: Lang = 'en') => `/summary/${lang === 'en' ? '' : `${lang}/`}${slug}.txt`;
/** The words the copy tools say, in one language: a file of their own, fetched with the tools, not carried by every guide. */
export const guideWordsPath = (lang: Lang = 'en') => `/guide-words/${lang}.json`;
export const glossaryPath = (lang: Lang = 'en', id?: string) => `${prefix(lang)}/glossary/${hash(id)}`;

/** The language of a path: /fr/… is French, everything else English. */
export const langOf = (pathname: string): Lang => (pathname === '/fr' || pathname.startsWith('/fr/') ? 'fr' : 'en');

/** The finder: /finder/ is its start page, /finder/start/ the first question, and the answers make the rest of the path. */
export const FINDER_FIRST = 'start';
export const finderPath = (answers: string[] = [], lang: Lang = 'en') =>
  `${prefix(lang)}/finder/${answers.length ? `${answers.join('/')}/` : ''}`;
export const finderQuestionPath = (answers: string[], lang: Lang = 'en') =>
  answers.length ? finderPath(answers, lang) : finderPath([FINDER_FIRST], lang);
