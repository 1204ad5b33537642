import rss from '@astrojs/rss';
import { getCategories } from './catalog';
import { collectChanges } from './changes';
import type { Lang } from './paths';
import { ui } from '../i18n';

/** The RSS feed of dated changes, in one language. */
export async function changesFeed(lang: Lang, site: URL) {
  const t = ui(lang);
  return rss({
    title: t.site.feedTitle,
    description: t.changesPage.feedDescription,
    site,
    customData: `<language>${lang === 'fr' ? 'fr-CA' : 'en-CA'}</language>`,
    items: collectChanges(await getCategories(lang), lang).map((c) => ({
      title: `${c.title}: ${c.summary}`,
      link: c.path,
      pubDate: c.date,
      description: `${c.summary} ${t.changesPage.officialSource} ${c.source}`,
    })),
  });
}
