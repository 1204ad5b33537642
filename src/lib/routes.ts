// getStaticPaths for the routes both languages share, so each route file is a few lines.
import { getCategories, getFaqs, getParts } from './catalog';
import { relatedFaqs } from './faq';
import { partPath, type Lang } from './paths';

export async function guidePaths(lang: Lang) {
  const [categories, faqs, parts] = await Promise.all([getCategories(lang), getFaqs(lang), getParts(lang)]);
  return categories.map((entry) => ({
    params: { slug: entry.id },
    props: {
      entry,
      // Where each scheme's status links: the page of its own, if it has one.
      schemePages: Object.fromEntries(
        parts.filter((p) => p.guide === entry.id && p.data.scheme).map((p) => [p.data.scheme!, partPath(p.guide, p.id, undefined, lang)]),
      ),
      related: entry.data.related.map((slug) => categories.find((c) => c.id === slug)).filter((c) => c !== undefined),
      faqs: relatedFaqs(faqs, entry.id),
    },
  }));
}

export async function faqPaths(lang: Lang) {
  const [faqs, categories] = await Promise.all([getFaqs(lang), getCategories(lang)]);
  return faqs.map((entry) => ({
    params: { slug: entry.id },
    props: { entry, guides: categories.filter((c) => entry.data.categories.includes(c.id)) },
  }));
}

export async function partPaths(lang: Lang) {
  const [parts, categories] = await Promise.all([getParts(lang), getCategories(lang)]);
  // getParts gives only parts whose guide has a page in this language.
  return parts.map((part) => ({
    params: { slug: part.guide, part: part.id },
    props: { part, guide: categories.find((c) => c.id === part.guide)! },
  }));
}
