import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { SECURITY_HEADERS } from '../../src/lib/host-files';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

// One page of each type, some with interaction that loads scripts (search index, comparison island, code filter).
const PAGE_TYPES = ['/', '/categories/', '/categories/post-graduation-work-permit/', '/codes/', '/faq/', '/compare/?c=c43,c61', '/search/?q=spouse', '/changes/', '/c12/', '/no-such-page/'];

describe('served with the strict headers of _headers', () => {
  it.each(PAGE_TYPES)('%s: no CSP violation, console error or outside request', async (path) => {
    const { page, response, problems, context } = await openPage(browser, path);
    const headers = (await response?.allHeaders()) ?? {};
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    await page.waitForLoadState('networkidle');
    if (path.startsWith('/search/')) await page.locator('[data-search-results] ol > li').first().waitFor();
    if (path === '/codes/') { await page.fill('#codes-filter', 'c4'); await page.waitForTimeout(200); }
    if (path === '/') { await page.keyboard.press('Control+k'); expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q'); }
    // Console errors include "Refused to … because it violates the following Content Security Policy directive".
    expect(problems.filter((p) => !(path === '/no-such-page/' && p.includes('404')))).toEqual([]);
    await context.close();
  });
});
