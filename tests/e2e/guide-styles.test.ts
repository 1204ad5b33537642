// Guides carry only the rules they use, inline (src/integrations/inline-guide-css.ts): one response draws the page, and
// it must look exactly as it does with the whole site stylesheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';
import { DIST } from './dist';
import { headersFor, parseHeaders } from '../../src/lib/host-rules';
import { cspHash } from '../../src/lib/inline-scripts';

const folders = (dir: string) =>
  readdirSync(join(DIST, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${dir}/${d.name}`);
// Every guide and every guide part (a folder below a guide that holds a page), in both languages.
const guideFiles = ['', 'fr/'].flatMap((lang) => {
  const guides = folders(`${lang}categories`);
  return [...guides, ...guides.flatMap(folders)].map((dir) => `${dir}/index.html`).filter((f) => existsSync(join(DIST, f)));
});
const siteCss = readdirSync(join(DIST, '_astro')).find((f) => /\.css$/.test(f))!;
/** Every class a selector names, unescaped (".sm\:grid-cols-\[11rem_1fr\]" → "sm:grid-cols-[11rem_1fr]"). */
const classesOf = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));

describe('every guide', () => {
  it.each(guideFiles)('%s has its styles inline, with a rule for every class it uses', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const styled = classesOf(styles[0]!);
    const used = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
    expect(used.size).toBeGreaterThan(30);
    // copy-feedback: the class the guide's script gives the status it adds next to a copy button.
    expect([...used, 'copy-feedback'].filter((c) => !styled.has(c))).toEqual([]);
  });

  const headerRules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  it.each(guideFiles)('%s is allowed its own style, and no other, by the policy of its address', (file) => {
    const style = readFileSync(join(DIST, file), 'utf8').match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const path = `/${file.replace(/index\.html$/, '')}`;
    for (const at of [path, `${path}index.html`]) {
      const styleSrc = headersFor(headerRules, at)['Content-Security-Policy']!.match(/style-src ([^;]*)/)![1];
      expect(styleSrc, at).toBe(`'self' ${cspHash(style)}`);
    }
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The longest guides in each language, one with a closed scheme, one with a status notice, and a guide part with a table.
const SAMPLES = [
  '/fr/categories/international-experience-canada/countries/',
  '/fr/categories/public-policy-open-work-permits/',
  '/categories/international-experience-canada/',
  '/categories/co-op-students/',
  '/fr/categories/home-care-worker-pilots/',
];

/** Each element's computed style (every property; custom properties are left out: unused ones are dropped on purpose). */
const styleSnapshot = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body, body *')].map((el) => {
      const s = getComputedStyle(el);
      const own = [...s]
        .filter((p) => !p.startsWith('--'))
        .map((p) => `${p}:${s.getPropertyValue(p)}`)
        .join(';');
      const before = getComputedStyle(el, '::before').content;
      const after = getComputedStyle(el, '::after').content;
      return `${el.tagName}.${el.className} ${own} ::before ${before} ::after ${after}`;
    }),
  );

describe('a guide with its inline styles', () => {
  it.each(SAMPLES)('%s looks as it does with the whole stylesheet: light, dark, 390 and 1280 px, and print', async (path) => {
    const { page, context, problems } = await openPage(browser, path);
    const swapped = await context.newPage();
    // The same page with its <style> swapped for the site stylesheet, which the policy allows as a file of the site.
    await swapped.route(new URL(path, baseUrl()).href, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<style>[\s\S]*?<\/style>/, `<link rel="stylesheet" href="/_astro/${siteCss}">`);
      await route.fulfill({ response, body });
    });
    await swapped.goto(new URL(path, baseUrl()).href);
    for (const width of [390, 1280])
      for (const media of [
        { colorScheme: 'light', media: 'screen' },
        { colorScheme: 'dark', media: 'screen' },
        { colorScheme: 'light', media: 'print' },
      ] as const) {
        for (const p of [page, swapped]) {
          await p.setViewportSize({ width, height: 900 });
          await p.emulateMedia(media);
        }
        const [inline, whole] = await Promise.all([styleSnapshot(page), styleSnapshot(swapped)]);
        expect(inline.length).toBeGreaterThan(200);
        const differ = inline
          .map((s, i) => {
            if (s === whole[i]) return null;
            const ours = new Set(s.split(';'));
            const theirs = new Set(whole[i]!.split(';'));
            const only = (a: Set<string>, b: Set<string>) => [...a].filter((d) => !b.has(d)).join('; ');
            return `${s.split(' ')[0]} inline: ${only(ours, theirs).slice(0, 200)} | whole sheet: ${only(theirs, ours).slice(0, 200)}`;
          })
          .filter(Boolean);
        expect(differ.slice(0, 3), `${width} px ${media.colorScheme} ${media.media}`).toEqual([]);
      }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('needs no second request to be drawn: the page is the only file fetched before interaction', async () => {
    const { page, context } = await openPage(browser, SAMPLES[0]!);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    // The browser's own request for the site icon is not the page's.
    expect(fetched.filter((p) => p !== '/favicon.svg')).toEqual([SAMPLES[0]]);
    await context.close();
  });
});
