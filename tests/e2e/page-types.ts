import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// One page of each type, some with interaction that loads scripts (search index, comparison island, code filter).
export const PAGE_TYPES = [
  '/',
  '/categories/',
  '/categories/post-graduation-work-permit/',
  // A French guide: its own style's hash comes from a rule of its own, and nginx's French 404 page from that rule too.
  '/fr/categories/intra-company-transferees/',
  // A guide part, in French: its own policy rule sits below its guide's.
  '/fr/categories/public-policy-open-work-permits/tr-to-pr/',
  '/codes/',
  '/faq/',
  '/compare/?c=c43,c61',
  '/search/?q=spouse',
  '/changes/',
  '/c12/',
  '/no-such-page/',
];

/** Uses the page the way a reader would, so the scripts it loads on interaction run under the page's headers. */
export async function exercise(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (path.startsWith('/search/')) await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor();
  if (path === '/codes/') {
    await page.fill('#codes-filter', 'c43');
    await page
      .locator('[data-filter-status]')
      .filter({ hasText: /^1 of \d+ rows shown$/ })
      .waitFor();
    expect(await page.locator('[data-codes-table] tbody tr:not([hidden])').count()).toBe(1);
  }
  if (path === '/') {
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  }
}

/** Problems worth failing on; the missing page's own 404 response is expected. */
export const unexpected = (path: string, problems: string[]) => problems.filter((p) => !(path === '/no-such-page/' && p.includes('404')));
