import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { htmlPages, pageAt } from './dist';
import { readContentDir } from '../../src/lib/content-files';
import { changesPath, feedPath, guidePath, langOf, type Lang } from '../../src/lib/paths';
import { siteUrl } from '../../src/lib/site';
import { ui } from '../../src/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SITE = siteUrl();
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
type Change = { date: unknown; summary: string; section?: string };

/** What the feed should hold, read from the content files: the English facts (dates, sections), each language's words. */
function expectedItems(lang: Lang) {
  const english = new Map(readContentDir('content/en/categories').map((f) => [f.slug, f.data]));
  return readContentDir(`content/${lang}/categories`).flatMap((file) => {
    const facts = (english.get(file.slug)!.changes ?? []) as Change[];
    return ((file.data.changes ?? []) as Change[]).map((words, i) => ({
      title: `${file.data.title as string}${ui(lang).colon}${words.summary}`,
      link: `${SITE}${guidePath(file.slug, facts[i]!.section ?? 'changes', lang)}`,
      day: day(facts[i]!.date),
    }));
  });
}

/** Fetches the feed a page advertises and reads it with the browser's XML parser, which rejects anything not well-formed. */
async function readFeed(lang: Lang) {
  const { page, context, problems } = await openPage(browser, changesPath(lang));
  const feed = await page.evaluate(async () => {
    const alternate = document.querySelector<HTMLLinkElement>('link[rel=alternate][type="application/rss+xml"]')!;
    const response = await fetch(alternate.href);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const text = (el: Element, name: string) => el.querySelector(`:scope > ${name}`)?.textContent ?? null;
    const channel = doc.querySelector('rss > channel');
    return {
      href: alternate.getAttribute('href'),
      advertisedTitle: alternate.title,
      status: response.status,
      type: response.headers.get('content-type'),
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
      channel: channel && { title: text(channel, 'title'), link: text(channel, 'link'), language: text(channel, 'language') },
      items: [...doc.querySelectorAll('rss > channel > item')].map((item) => ({
        title: text(item, 'title'),
        link: text(item, 'link'),
        pubDate: text(item, 'pubDate'),
      })),
    };
  });
  await context.close();
  return { ...feed, problems };
}

describe.each(['en', 'fr'] as const)('the %s feed of dated changes', (lang) => {
  let feed: Awaited<ReturnType<typeof readFeed>>;
  beforeAll(async () => {
    feed = await readFeed(lang);
  });

  it('is well-formed RSS 2.0 served as XML, at the address the changes page advertises', () => {
    expect(feed.href).toBe(feedPath(lang));
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^application\/xml/);
    expect(feed.error).toBeNull();
    expect([feed.root, feed.version]).toEqual(['rss', '2.0']);
    expect(feed.problems).toEqual([]);
  });

  it('names itself and its page in its own language', () => {
    expect(feed.channel).toEqual({ title: ui(lang).site.feedTitle, link: `${SITE}${changesPath(lang)}`, language: `${lang}-CA` });
    expect(feed.advertisedTitle).toBe(ui(lang).site.feedTitle);
  });

  it('has one item per dated change in the content, newest first', () => {
    const items = feed.items.map((i) => ({ title: i.title, link: i.link, day: new Date(i.pubDate!).toISOString().slice(0, 10) }));
    const byKey = (a: { link: string | null; title: string | null }, b: typeof a) =>
      `${a.link} ${a.title}`.localeCompare(`${b.link} ${b.title}`);
    expect([...items].sort(byKey)).toEqual(expectedItems(lang).sort(byKey));
    const days = items.map((i) => i.day);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('links each item to a built page of its language and a section that exists there', () => {
    const broken = feed.items.filter(({ link }) => {
      const url = new URL(link!);
      const target = url.origin === new URL(SITE).origin && langOf(url.pathname) === lang ? pageAt(url.pathname) : null;
      return !target?.querySelector(`[id="${url.hash.slice(1)}"]`);
    });
    expect(broken).toEqual([]);
  });
});

it('every page advertises the feed of its own language', () => {
  const wrong = htmlPages()
    .filter(([, doc]) => doc.querySelector('main#main'))
    .filter(
      ([path, doc]) =>
        doc.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href') !== feedPath(langOf(path)),
    )
    .map(([path]) => path);
  expect(wrong).toEqual([]);
});
