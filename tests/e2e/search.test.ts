import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function firstResult(query: string) {
  const { page, context, problems } = await openPage(browser, `/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
  const href = await page.locator('[data-search-results] ol:not([data-names-first]) > li a').first().getAttribute('href');
  const text = await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().innerText();
  await context.close();
  return { href: href ?? '', text, problems };
}

// Query → the guide that must come first. Codes in several spellings, former codes, common names, situations, misspellings.
const TABLE: [string, string][] = [
  ['c43', 'post-graduation-work-permit'],
  ['C-43', 'post-graduation-work-permit'],
  ['c 43', 'post-graduation-work-permit'],
  ['C12', 'intra-company-transferees'],
  ['c61', 'intra-company-transferees'],
  ['t23', 'cusma-professionals'],
  ['T 23', 'cusma-professionals'],
  ['T36', 'cusma-professionals'],
  ['t24', 'cusma-intra-company-transferees'],
  ['A75', 'bridging-open-work-permit'],
  ['c42', 'spouses-of-students'],
  ['C21', 'international-experience-canada'],
  ['c-20', 'reciprocal-employment'],
  ['F60', 'cuktca'],
  ['PGWP', 'post-graduation-work-permit'],
  ['TN', 'cusma-professionals'],
  ['NAFTA', 'cusma-professionals'],
  ['USMCA', 'cusma-professionals'],
  ['working holiday', 'international-experience-canada'],
  ['BOWP', 'bridging-open-work-permit'],
  ['ICT', 'intra-company-transferees'],
  ['Mobilité francophone', 'francophone-mobility'],
  ['spouse student', 'spouses-of-students'],
  ['camp counsellor', 'camp-counsellors'],
  ['vulnerable worker', 'vulnerable-workers'],
  ['post graduation', 'post-graduation-work-permit'],
  ['refugee claimant', 'no-other-means-of-support'],
  // Everyday words and whole questions, as readers type them.
  ["My wife is studying a master's in Toronto. Can I work?", 'spouses-of-students'],
  ['husband student work', 'spouses-of-students'],
  ['nanny', 'home-care-worker-pilots'],
  ['priest', 'religious-and-charitable-work'],
  ['postdoc', 'post-doctoral-fellows-and-award-recipients'],
  ['internship', 'co-op-students'],
];

describe('search puts the right guide first', () => {
  it.each(TABLE)('“%s” → %s', async (query, slug) => {
    const { href, problems } = await firstResult(query);
    expect(href).toContain(`/categories/${slug}/`);
    expect(problems).toEqual([]);
  });

  it('names a former code with its current codes', async () => {
    const { text } = await firstResult('C12');
    expect(text).toContain('C61, C62, C63 — formerly C12');
  });
});

describe('misspellings and nothing found', () => {
  it.each([
    ['transferes', 'intra-company-transferees'],
    ['pgwq', 'post-graduation-work-permit'],
    ['humanitrian', 'humanitarian-reasons'],
  ])('“%s” suggests %s', async (query, slug) => {
    const { page, context, problems } = await openPage(browser, `/search/?q=${encodeURIComponent(query)}`);
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /result/ })
      .waitFor({ timeout: 15_000 });
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => h?.includes(`/categories/${slug}/`))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('bad queries leave a sane page', () => {
  const BAD = [
    '',
    'x'.repeat(1000),
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '🙂🙂',
    '?!…—',
    'عامل مؤقت',
    '"><b>bold</b>',
  ];
  it.each(BAD)('%s', async (query) => {
    const { page, context, problems } = await openPage(browser, `/search/?q=${encodeURIComponent(query)}`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForTimeout(600);
    expect(await page.locator('[data-search-results] script, [data-search-results] img, [data-search-results] b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Search the guide');
    expect((await page.inputValue('#search-q')).length).toBeLessThanOrEqual(200);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('results', () => {
  it('show the categories the query names at once, before the full-text index has loaded', async () => {
    const { page, context } = await openPage(browser, '/search/');
    // Pagefind's files never answer: only the page's own vocabulary can show anything.
    await context.route('**/pagefind/**', () => undefined);
    await page.goto(new URL('/search/?q=spouse', page.url()).href);
    const names = page.locator('[data-search-results] ol[data-names-first] > li');
    await names.first().waitFor({ timeout: 5_000 });
    expect(await names.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Spouses and partners of international students')]),
    );
    expect(await page.locator('[data-search-results] ol:not([data-names-first])').count()).toBe(0);
    await context.close();
  });

  it('give the real number of matches, and more on request', async () => {
    const { page, context, problems } = await openPage(browser, '/search/?q=permit');
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
    const count = Number(/(\d+) results/.exec(await page.locator('[data-search-status]').innerText())?.[1]);
    expect(count).toBeGreaterThan(5);
    const before = await page.locator('[data-search-results] ol:not([data-names-first]) > li').count();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] ol:not([data-names-first]) > li').length > n,
      before,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keep words apart in snippets', async () => {
    const { page, context } = await openPage(browser, '/search/?q=minister');
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
    const text = await page.locator('[data-search-results]').innerText();
    expect(text).not.toMatch(/MinisterOpen|[a-z](Open|Employer)-?[a-z]* work permit/);
    await context.close();
  });

  it('filter by ids in the address, and still read a link made with the old English label', async () => {
    for (const query of ['q=spouse&permit=open', 'q=spouse&permit=Open%20work%20permit']) {
      const { page, context } = await openPage(browser, `/search/?${query}`);
      await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor({ timeout: 15_000 });
      expect(await page.inputValue('select[name=permit]'), query).toBe('open');
      await context.close();
    }
  });
});

describe('the address is the state', () => {
  it('restores the query on reload and on back', async () => {
    const { page, context, problems } = await openPage(browser, '/search/');
    await page.fill('#search-q', 'c42');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=c42/);
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor();
    await page.reload();
    expect(await page.inputValue('#search-q')).toBe('c42');
    await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor();
    await page.fill('#search-q', 'pgwp');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=pgwp/);
    // Back may restore the page from the back-forward cache, which fires no load event to wait for.
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.url()).toMatch(/q=c42/);
    await expect.poll(() => page.inputValue('#search-q')).toBe('c42');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads no search code before the reader searches', async () => {
    const { page, context } = await openPage(browser, '/categories/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('pagefind') || u.endsWith('.js'))).toEqual([]);
    await context.close();
  });

  it('says how to search without JavaScript', async () => {
    const { page, context } = await openPage(browser, '/search/?q=c43', { javaScriptEnabled: false });
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-nojs] a[href="/codes/"]').count()).toBe(1);
    await context.close();
  });
});
