import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { pageAt } from './dist';
import { PAGE_TYPES } from './page-types';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('words a reader may not know', () => {
  it('link, on their first use in a guide, to their glossary entry, which explains them', () => {
    const doc = pageAt('/categories/post-graduation-work-permit/')!;
    const ircc = doc.querySelectorAll('[data-guide-body] a[href="/glossary/#ircc"]');
    expect(ircc.length).toBe(1);
    expect(ircc[0]!.getAttribute('title')).toBe('Immigration, Refugees and Citizenship Canada');
    const glossary = pageAt('/glossary/')!;
    for (const id of ['ircc', 'lmia', 'teer', 'clb', 'nclc', 'dli', 'pr', 'aor', 'biometrics', 'maintained-status', 'port-of-entry']) {
      expect(glossary.querySelector(`#${id} dd`)?.text.length, id).toBeGreaterThan(30);
    }
    expect(pageAt('/fr/glossary/')!.querySelector('#teer dt')?.text).toContain('FEER');
  });
});

describe('a mistyped address', () => {
  it.each([
    ['/categories/pgwp/', '/categories/post-graduation-work-permit/'],
    ['/working-holiday/', '/categories/international-experience-canada/'],
    ['/fr/categories/ptpd/', '/fr/categories/post-graduation-work-permit/'],
  ])('%s suggests %s', async (path, target) => {
    const { page, context, response } = await openPage(browser, path);
    expect(response?.status()).toBe(404);
    await page.locator('not-found-help a').first().waitFor();
    expect(await page.locator('not-found-help a').first().getAttribute('href')).toBe(target);
    await context.close();
  });
});

describe('a 320 px phone', () => {
  it('never scrolls sideways, on every page type, with search results, open filters and a comparison', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: { width: 320, height: 640 } });
    for (const path of [
      ...PAGE_TYPES,
      '/compare/?c=pgwp,iec,ict,c42',
      '/faq/fees/',
      '/glossary/',
      '/about/accuracy/',
      '/finder/',
      '/fr/',
      '/fr/codes/',
      '/fr/compare/?c=ptpd,eic',
    ]) {
      await page.goto(new URL(path, page.url()).href);
      if (path.startsWith('/search/')) {
        await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
        await page.locator('[data-search-filters] summary').click();
      }
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
