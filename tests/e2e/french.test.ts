import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlPages, pageAt } from './dist';
import { launch, openPage } from './browser';
import { bannedFrench } from '../support/french-checks';

const pages = htmlPages();
const english = pages.filter(
  ([p, doc]) => !p.startsWith('/fr/') && doc.querySelector('meta[name=robots]') === null && !p.startsWith('/og/'),
);
const guideIds = (path: string) =>
  pageAt(path)
    ?.querySelectorAll('[data-guide-body] [id], main > article [id]')
    .map((e) => e.id)
    .sort() ?? [];

describe('the French edition', () => {
  it('has a French page for every English page, with the same section ids', () => {
    const missing = english.map(([p]) => p).filter((p) => p !== '/404.html' && !pageAt(`/fr${p}`));
    expect(missing).toEqual([]);
    for (const [path] of english.filter(([p]) => /^\/(categories|faq)\/[a-z0-9-]+\/$/.test(p))) {
      expect(guideIds(`/fr${path}`), path).toEqual(guideIds(path));
    }
  });

  it('tells browsers and search engines its language, its own address and its English twin', () => {
    for (const [path, doc] of pages.filter(([p]) => /^\/fr\/(categories|faq)\/[a-z0-9-]+\/$/.test(p))) {
      expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe('fr');
      expect(new URL(doc.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname, path).toBe(path);
      const alternates = Object.fromEntries(
        doc
          .querySelectorAll('link[rel=alternate][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      expect(alternates, path).toEqual({ en: path.slice(3), fr: path, 'x-default': path.slice(3) });
      const back = pageAt(path.slice(3))!;
      expect(back.querySelector('link[rel=alternate][hreflang=fr]')?.getAttribute('href'), path).toContain(path);
    }
  });

  it('lists both languages, with their alternates, in the sitemap', () => {
    const xml = readFileSync('dist/sitemap.xml', 'utf8');
    expect(xml).toContain('/fr/categories/post-graduation-work-permit/</loc>');
    expect(xml).toMatch(
      /<loc>[^<]*\/categories\/post-graduation-work-permit\/<\/loc><xhtml:link rel="alternate" hreflang="en"[^>]*\/><xhtml:link rel="alternate" hreflang="fr" href="[^"]*\/fr\/categories\/post-graduation-work-permit\/"\/>/,
    );
  });

  it('uses no form that does not belong in French text', () => {
    const bad = pages
      .filter(([p]) => p.startsWith('/fr/') && !/^\/fr\/[a-z]\d{2}\/$/i.test(p))
      .flatMap(([path, doc]) => {
        const main = doc.querySelector('main');
        if (!main) return [];
        // Addresses and codes in code tags are not running text.
        // Hidden copies (the email summary) cite source titles, which may be English pages; they are not running text.
        for (const e of main.querySelectorAll('code, script, template, [hidden], [lang=en]')) e.remove();
        return bannedFrench(main.text).map((b) => `${path}: ${b}`);
      });
    expect(bad).toEqual([]);
  });

  it('has short links in French that lead to the French guide', () => {
    const doc = pageAt('/fr/c43/')!;
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toContain('/fr/categories/post-graduation-work-permit/');
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TABLE: [string, string][] = [
  ['PTPD', 'post-graduation-work-permit'],
  ['permis de travail postdiplôme', 'post-graduation-work-permit'],
  ['vacances-travail', 'international-experience-canada'],
  ['EIC', 'international-experience-canada'],
  ['c43', 'post-graduation-work-permit'],
  ['Mobilité francophone', 'francophone-mobility'],
  ['conjoint étudiant', 'spouses-of-students'],
];

describe('French search', () => {
  it.each(TABLE)('“%s” → %s', async (query, slug) => {
    const { page, context, problems } = await openPage(browser, `/fr/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-results] ol:not([data-names-first]) > li a').first().getAttribute('href')).toContain(
      `/fr/categories/${slug}/`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names a former code as in English: “C12 est un ancien code, maintenant C61, C62, C63”', async () => {
    const { page, context } = await openPage(browser, '/fr/search/?q=C12');
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().innerText()).toContain(
      'C12 est un ancien code, maintenant C61, C62, C63',
    );
    await context.close();
  });

  it('searches the French index only', async () => {
    const { page, context } = await openPage(browser, '/fr/search/?q=permis');
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator('[data-search-results] ol:not([data-names-first]) > li h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith('/fr/'))).toEqual([]);
    await context.close();
  });

  it('fits a 320 px phone, a guide and search results', async () => {
    const { page, context } = await openPage(browser, '/fr/categories/francophone-mobility/', { viewport: { width: 320, height: 640 } });
    for (const path of ['/fr/categories/francophone-mobility/', '/fr/search/?q=PTPD', '/fr/', '/fr/finder/start/']) {
      await page.goto(new URL(path, page.url()).href);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
