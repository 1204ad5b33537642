import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser';
import { PAGE_TYPES } from './page-types';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Every page type but the short link (it navigates away at once), and the types page-types.ts leaves out.
const PAGES = [
  ...PAGE_TYPES.filter((p) => p !== '/c12/'),
  '/faq/fees/',
  '/finder/',
  '/finder/work/special/',
  '/fr/categories/post-graduation-work-permit/',
];
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const MAX_CLS = 0.01;

/** Waits until the page has done what it does by itself after loading: fonts, network, the content its scripts insert. */
async function settle(page: Page, path: string) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  if (path.startsWith('/search/')) await page.locator('[data-search-results] ol > li').first().waitFor();
  if (path.startsWith('/compare/?')) await page.locator('[data-compare-table] section').first().waitFor();
  // Late timers and the frames after them.
  await page.waitForTimeout(500);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Cumulative layout shift so far, shifts right after input left out, with what moved, for the failure message. */
function layoutShift(page: Page) {
  return page.evaluate(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = (observer.takeRecords() as Shift[]).filter((e) => !e.hadRecentInput);
    observer.disconnect();
    const name = (n?: Node | null) =>
      n instanceof Element
        ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''}`
        : (n?.nodeName ?? '?');
    return {
      cls: shifts.reduce((sum, e) => sum + e.value, 0),
      moved: shifts.map(
        (e) => `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${(e.sources ?? []).map((s) => name(s.node)).join(', ')}`,
      ),
    };
  });
}

describe.each(Object.entries(WIDTHS))('layout shift on a %s', (_, viewport) => {
  // Pages load side by side: most of the time here is waiting for a page to settle.
  it.concurrent.each(PAGES)(`%s moves nothing once shown (CLS ≤ ${MAX_CLS})`, async (path) => {
    const { page, context } = await openPage(browser, path, { viewport });
    await settle(page, path);
    const { cls, moved } = await layoutShift(page);
    await context.close();
    expect(cls, moved.join('\n')).toBeLessThanOrEqual(MAX_CLS);
  });
});
