import { getCollection, type CollectionEntry } from 'astro:content';
import { GROUPS, type GroupId } from './groups';
import { buildCodeIndex, type CodeRecord } from './codes';

export type Category = CollectionEntry<'categories'>;
export type Faq = CollectionEntry<'faq'>;

const groupOrder = (id: GroupId) => GROUPS.findIndex((g) => g.id === id);

/** Every category, in group order then by title. The one place pages read the collection. */
export async function getCategories(): Promise<Category[]> {
  const all = await getCollection('categories');
  return all.sort((a, b) => groupOrder(a.data.group) - groupOrder(b.data.group) || a.data.title.localeCompare(b.data.title));
}

export async function getFaqs(): Promise<Faq[]> {
  const all = await getCollection('faq');
  return all.sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question));
}

/** Categories grouped by legal basis, empty groups left out. */
export function byGroup(categories: Category[]) {
  return GROUPS.map((group) => ({ group, items: categories.filter((c) => c.data.group === group.id) })).filter((g) => g.items.length > 0);
}

/** Every exemption code, current and former, from the categories. */
export async function getCodeIndex(): Promise<CodeRecord[]> {
  return buildCodeIndex((await getCategories()).map((c) => ({ slug: c.id, data: c.data })));
}
