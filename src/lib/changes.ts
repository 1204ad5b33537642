import type { CategoryData } from './category-schema';
import { guidePath, type Lang } from './paths';

export interface ChangeItem {
  date: Date;
  summary: string;
  source: string;
  slug: string;
  title: string;
  path: string;
}

/** Every dated rule change across the categories, newest first (ties by title). */
export function collectChanges(
  categories: { id: string; data: Pick<CategoryData, 'title' | 'changes'> }[],
  lang: Lang = 'en',
): ChangeItem[] {
  return categories
    .flatMap((c) =>
      c.data.changes.map((ch) => ({
        date: ch.date,
        summary: ch.summary,
        source: ch.source,
        slug: c.id,
        title: c.data.title,
        path: guidePath(c.id, ch.section ?? 'changes', lang),
      })),
    )
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}
