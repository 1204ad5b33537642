import rss from '@astrojs/rss';
import { getCategories } from './catalog';
import { collectChanges } from './changes';
import { changesPath, type Lang } from './paths';
import { ui } from '../i18n';

/** The RSS feed of dated changes, in one language. */
export async function changesFeed(lang: Lang, site: URL) {
  const t = ui(lang);
  return rss({
    title: t.site.feedTitle,
    description: t.changesPage.feedDescription,
    // The channel's page is the changes page in the feed's language.
    site: new URL(changesPath(lang), site).href,
    customData: `<language>${lang === 'fr' ? 'fr-CA' : 'en-CA'}</language>`,
    items: collectChanges(await getCategories(lang), lang).map((c) => ({
      title: `${c.title}${t.colon}${c.summary}`,
      // Absolute already, so the feed library keeps it as is: given a path, it adds a slash after the #section.
      link: new URL(c.path, site).href,
      pubDate: c.date,
      description: `${c.summary} ${t.changesPage.officialSource} ${c.source}`,
    })),
  });
}
