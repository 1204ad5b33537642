import { getCollection, type CollectionEntry } from 'astro:content';
import { GROUPS, type GroupId } from './groups';
import { buildCodeIndex, type CodeRecord } from './codes';
import type { CategoryData, FaqData, PartData } from './category-schema';
import { mergePart, partProblems, splitPartId } from './parts';
import { mergeCategory, mergeFaq } from './french';
import type { Lang } from './paths';
import { versionOf } from './translation-status';

/** A guide in one language: its facts and words, and the entry whose body the page renders. */
/** `behind`: a translation of an older version of the English file. */
export interface Category {
  id: string;
  data: CategoryData;
  entry: CollectionEntry<'categories'> | CollectionEntry<'categoriesFr'>;
  behind?: boolean;
}
export interface Faq {
  id: string;
  data: FaqData;
  entry: CollectionEntry<'faq'> | CollectionEntry<'faqFr'>;
  behind?: boolean;
}

/** A guide part in one language: its guide's slug, its own slug (`id`), and the entry whose body the page renders. */
export interface GuidePart {
  id: string;
  guide: string;
  data: PartData;
  entry: CollectionEntry<'parts'> | CollectionEntry<'partsFr'>;
  behind?: boolean;
}

const groupOrder = (id: GroupId) => GROUPS.findIndex((g) => g.id === id);

/** Every category in a language, in group order then by title. The one place pages read the collections. */
export async function getCategories(lang: Lang = 'en'): Promise<Category[]> {
  const english = await getCollection('categories');
  let all: Category[] = english.map((e) => ({ id: e.id, data: e.data, entry: e }));
  if (lang === 'fr') {
    const french = new Map((await getCollection('categoriesFr')).map((f) => [f.id, f]));
    // A guide without its French file yet has no French page (a test requires every one).
    all = english
      .filter((e) => french.has(e.id))
      .map((e) => {
        const f = french.get(e.id)!;
        return {
          id: e.id,
          data: mergeCategory(e.data, f.data, `content/fr/categories/${e.id}.mdx`),
          entry: f,
          behind: f.data.translates !== versionOf(`content/en/categories/${e.id}.mdx`),
        };
      });
  }
  return all.sort((a, b) => groupOrder(a.data.group) - groupOrder(b.data.group) || a.data.title.localeCompare(b.data.title, lang));
}

export async function getFaqs(lang: Lang = 'en'): Promise<Faq[]> {
  const english = await getCollection('faq');
  let all: Faq[] = english.map((e) => ({ id: e.id, data: e.data, entry: e }));
  if (lang === 'fr') {
    const french = new Map((await getCollection('faqFr')).map((f) => [f.id, f]));
    all = english
      .filter((e) => french.has(e.id))
      .map((e) => ({
        id: e.id,
        data: mergeFaq(e.data, french.get(e.id)!.data),
        entry: french.get(e.id)!,
        behind: french.get(e.id)!.data.translates !== versionOf(`content/en/faq/${e.id}.mdx`),
      }));
  }
  return all.sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question, lang));
}

/** Every guide part in a language, checked against its guide: a wrong field fails the build naming the file. */
export async function getParts(lang: Lang = 'en'): Promise<GuidePart[]> {
  const guides = new Map((await getCollection('categories')).map((g) => [g.id, { data: g.data, body: g.body ?? '' }]));
  const english = (await getCollection('parts')).map((e) => {
    const file = `content/en/parts/${e.id}.mdx`;
    const { guide, part } = splitPartId(e.id, file);
    const problems = partProblems(e.data, guides.get(guide), guide);
    if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
    return { id: part, guide, data: e.data, entry: e } as GuidePart;
  });
  if (lang === 'en') return english;
  const [french, frenchGuides] = await Promise.all([getCollection('partsFr'), getCollection('categoriesFr')]);
  for (const f of french)
    if (!english.some((e) => `${e.guide}/${e.id}` === f.id))
      throw new Error(`content/fr/parts/${f.id}.mdx: there is no English part content/en/parts/${f.id}.mdx to translate`);
  // A part without its French file yet, or whose guide has none, has no French page, as for guides.
  return english.flatMap((e) => {
    const f = french.find((x) => x.id === `${e.guide}/${e.id}`);
    if (!f || !frenchGuides.some((g) => g.id === e.guide)) return [];
    const behind = f.data.translates !== versionOf(`content/en/parts/${e.guide}/${e.id}.mdx`);
    return [{ id: e.id, guide: e.guide, data: mergePart(e.data, f.data), entry: f, behind }];
  });
}

/** Every guide's slug (the English files hold the facts, so they define what exists). */
export async function guideSlugs(): Promise<string[]> {
  return (await getCollection('categories')).map((e) => e.id);
}

/** Categories grouped by legal basis, empty groups left out. */
export function byGroup(categories: Category[]) {
  return GROUPS.map((group) => ({ group, items: categories.filter((c) => c.data.group === group.id) })).filter((g) => g.items.length > 0);
}

/** Every exemption code, current and former, from the categories. */
export async function getCodeIndex(lang: Lang = 'en'): Promise<CodeRecord[]> {
  return buildCodeIndex((await getCategories(lang)).map((c) => ({ slug: c.id, data: c.data })));
}
