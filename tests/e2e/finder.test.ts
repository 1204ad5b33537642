import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlPages, pageAt } from './dist';
import { launch, openPage } from './browser';

// The personas of ../shared/FINDER.md, each with the answers they would give and the guide they need.
const PERSONAS: [string, string, string][] = [
  ['an international graduate in Canada', 'studied/finished', 'post-graduation-work-permit'],
  ["the spouse of a master's student", 'family/student', 'spouses-of-students'],
  ['the spouse of a skilled worker', 'family/worker', 'family-of-workers'],
  ['a US professional', 'work/skilled/us-mexico', 'cusma-professionals'],
  ['a Mexican engineer', 'work/skilled/us-mexico', 'cusma-professionals'],
  ['a UK national transferred by their company', 'work/transfer/uk', 'cuktca'],
  ['a French citizen aged 25', 'working-holiday', 'international-experience-canada'],
  ['an Australian aged 30', 'working-holiday', 'international-experience-canada'],
  ['a permanent residence applicant waiting in Canada', 'permanent-residence/economic', 'bridging-open-work-permit'],
  ['a francophone worker hired in New Brunswick', 'work/skilled/other', 'francophone-mobility'],
  ['a postdoctoral researcher', 'work/academic', 'post-doctoral-fellows-and-award-recipients'],
  ['a priest', 'work/special/religious', 'religious-and-charitable-work'],
  ['a worker abused by an employer', 'hardship/mistreated', 'vulnerable-workers'],
  ['a caregiver', 'permanent-residence/caregiver', 'home-care-worker-pilots'],
  ['a start-up founder', 'work/business/other', 'start-up-visa'],
  ['a film crew member', 'work/special/film', 'film-and-television-production'],
  ['a refugee claimant', 'hardship/refugee-claim', 'no-other-means-of-support'],
];

/** The guides a result page lists, open ones first, then the closed or paused ones it flags. */
const listed = (path: string) => {
  const doc = pageAt(path);
  if (!doc) return [];
  return [
    ...doc.querySelectorAll('[data-result]').map((e) => e.getAttribute('data-result')!),
    ...doc.querySelectorAll('[data-closed-result]').map((e) => e.getAttribute('data-closed-result')!),
  ];
};

describe('the finder, for each persona', () => {
  it.each(PERSONAS)('%s finds their guide among the first 3 results', (_who, answers, guide) => {
    expect(listed(`/finder/${answers}/`).slice(0, 3)).toContain(guide);
  });
});

describe('the finder as built', () => {
  const finderPages = htmlPages().filter(([p]) => p.startsWith('/finder/'));
  const results = finderPages.filter(([, doc]) => doc.querySelector('[data-result-lead]'));

  it('reaches every guide from some result page', () => {
    const guides = htmlPages()
      .filter(([p]) => /^\/categories\/[a-z0-9-]+\/$/.test(p))
      .map(([p]) => p.split('/')[2]!);
    const reached = new Set(results.flatMap(([p]) => listed(p)));
    expect(guides.filter((g) => !reached.has(g))).toEqual([]);
  });

  it('keeps question and result pages out of search engines, and the start page in', () => {
    for (const [path, doc] of finderPages) {
      const noindex = doc.querySelector('meta[name=robots]')?.getAttribute('content') === 'noindex';
      expect(noindex, path).toBe(path !== '/finder/');
    }
  });

  it('asks each question as the legend of a fieldset, with no answer chosen, a back link and links to every answer', () => {
    for (const [path, doc] of finderPages.filter(([, d]) => d.querySelector('finder-question'))) {
      expect(doc.querySelector('fieldset legend h1')?.text.trim(), path).toBeTruthy();
      expect(doc.querySelector('.back-link'), path).toBeTruthy();
      expect(doc.querySelectorAll('[data-answer]').length, path).toBeGreaterThanOrEqual(2);
      expect(doc.querySelector('input[checked]'), path).toBeNull();
    }
  });

  it('says when nothing fits and points to LMIA-based permits and licensed representatives', () => {
    const doc = pageAt('/finder/work/other/')!;
    expect(doc.querySelector('[data-result-lead]')?.text).toContain('none of the guides on this site fits');
    expect(doc.querySelector('[data-none-fits]')?.innerHTML).toContain('employment-social-development/services/foreign-workers.html');
    expect(doc.querySelector('[data-none-fits]')?.innerHTML).toContain('immigration-citizenship-representative');
  });

  it('flags a closed scheme apart and never offers it', () => {
    const doc = pageAt('/finder/permanent-residence/caregiver/')!;
    expect(doc.querySelectorAll('[data-result]').length).toBe(0);
    expect(doc.querySelector('[data-closed] [data-closed-result="home-care-worker-pilots"]')?.text).toContain('Closed to new applicants');
  });

  it('says why each result is listed and gives its first rule and IRCC page', () => {
    const card = pageAt('/finder/studied/finished/')!.querySelector('[data-result="post-graduation-work-permit"]')!;
    expect(card.querySelector('[data-because]')?.text).toContain('“I have finished my program, or will soon”');
    expect(card.querySelector('[data-first-rule]')?.text.length).toBeGreaterThan(40);
    expect(card.querySelector('a[href="/categories/post-graduation-work-permit/#eligibility"]')).toBeTruthy();
    expect(card.querySelectorAll('a[href^="https://www.canada.ca/"]').length).toBe(1);
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('using the finder', () => {
  it('works with JavaScript off: plain links from the start page to a result', async () => {
    const { page, context, problems } = await openPage(browser, '/finder/', { javaScriptEnabled: false });
    await page.click('[data-finder-start]');
    await page.click('text=I study in Canada, or I finished a program in Canada');
    await page.click('text=I have finished my program, or will soon');
    expect(new URL(page.url()).pathname).toBe('/finder/studied/finished/');
    expect(await page.locator('[data-result="post-graduation-work-permit"]').isVisible()).toBe(true);
    await page.click('[data-your-answers] dd a >> nth=0');
    expect(new URL(page.url()).pathname).toBe('/finder/start/');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone with the script: radios, then Continue', async () => {
    const { page, context, problems } = await openPage(browser, '/finder/work/');
    await page.locator('input[type=radio]').first().waitFor();
    await page.focus('input[type=radio] >> nth=0');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL('**/finder/work/skilled/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Which country');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('narrows result cards to what a chosen country can use', async () => {
    const { page, context } = await openPage(browser, '/finder/work/transfer/trade-partner/');
    await page.selectOption('[data-country]', { label: 'Japan' });
    expect(await page.locator('[data-result="cptpp"]').isVisible()).toBe(true);
    expect(await page.locator('[data-result="other-free-trade-agreements"]').isVisible()).toBe(false);
    expect(await page.locator('[data-result="intra-company-transferees"]').isVisible()).toBe(true);
    expect(await page.locator('[data-country-status]').textContent()).toBe('2 guides shown.');
    await context.close();
  });

  it('fits a 320 px phone on a question and a result page', async () => {
    const { page, context } = await openPage(browser, '/finder/start/', { viewport: { width: 320, height: 640 } });
    for (const path of ['/finder/start/', '/finder/hardship/', '/finder/work/skilled/other/']) {
      await page.goto(new URL(path, page.url()).href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
