// Performance budget. Serves the build the way production does (precompressed brotli and gzip), then prints:
// - every guide in both languages: bytes before interaction (HTML + CSS + JS), gzip level 9 and brotli, the worst three;
// - per page type, in Chromium: requests, scripts, HTML/CSS/JS bytes, gzip beside the brotli actually sent;
// - search: every request from navigation to the first results shown, and on to the full-text results;
// - the comparison island's script; Lighthouse (mobile) on every page type, performance over three runs.
// Exits non-zero over a gated budget. Timings and the performance score are printed, not gated.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';
import { CHROMIUM_FLAGS, findProgram } from './system-programs.mjs';
import { LOCAL_ORIGIN, LOCAL_PORT } from './local-site.mjs';
import { staleBuildReason } from '../src/lib/build-freshness.ts';

const CHROME = findProgram('chromium');
const PAGES = {
  home: '/',
  categories: '/categories/',
  guide: '/categories/intra-company-transferees/',
  faq: '/faq/fees/',
  compare: '/compare/?c=c43,c61',
  search: '/search/',
  codes: '/codes/',
  'finder question': '/finder/work/',
  'finder result': '/finder/work/skilled/us-mexico/',
  'guide part': '/categories/international-experience-canada/countries/',
  'French guide': '/fr/categories/intra-company-transferees/',
};
// Pages kept out of search engines on purpose.
const NOINDEX = new Set(['finder question', 'finder result']);
// 14 KB is what the first round trip of a new connection carries (10 packets of about 1,460 bytes): the goal for guides.
const GOAL = { guide: 14 * 1024, search: 100 * 1024 };
const BUDGET = {
  // Every guide and guide part, in both languages, fits the first round trip.
  guideGzip: GOAL.guide,
  pageGzip: 14 * 1024,
  guideScripts: 0,
  guideStylesheets: 0,
  firstResultsGzip: GOAL.search,
  fullResultsGzip: 150 * 1024,
  islandGzip: 10 * 1024,
  gatedScore: 100,
};
const PERFORMANCE_RUNS = 3;
// Lighthouse waits a second after first paint, after load, and for network and CPU quiet; a local static site settles in
// far less (with no wait at all, it misses the largest paint). The screenshots it takes are for its HTML report, unused here.
const QUIET_MS = 250;
const LIGHTHOUSE_CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    disableFullPageScreenshot: true,
    skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    pauseAfterFcpMs: QUIET_MS,
    pauseAfterLoadMs: QUIET_MS,
    networkQuietThresholdMs: QUIET_MS,
    cpuQuietThresholdMs: QUIET_MS,
  },
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const failures = [];
const gate = (ok, message) => {
  if (!ok) failures.push(message);
};

// The build npm test made (for this address) when it is there and current; otherwise a build of its own.
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs'];
const reusable =
  !staleBuildReason('dist', SOURCES) && existsSync('dist/sitemap.xml') && readFileSync('dist/sitemap.xml', 'utf8').includes(LOCAL_ORIGIN);
const OUT = reusable ? 'dist' : 'dist-bench';
if (reusable) console.log(`Using the build in dist/ (made for ${LOCAL_ORIGIN}).`);
else {
  const started = Date.now();
  execSync(`node_modules/astro/bin/astro.mjs build --outDir ${OUT}`, { stdio: 'ignore', env: { ...process.env, SITE_URL: LOCAL_ORIGIN } });
  console.log(`Build (astro build, with Pagefind, nginx rules and precompressed files): ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Every guide and guide part, from the files the server sends: the page and any stylesheets and scripts it asks for
// before interaction.
{
  const size = (file, ext) => statSync(join(OUT, file) + ext).size;
  const folders = (dir) =>
    readdirSync(join(OUT, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${dir}/${d.name}`);
  const rows = [];
  for (const lang of ['', 'fr/']) {
    const guides = folders(`${lang}categories`);
    for (const page of [...guides, ...guides.flatMap(folders)]
      .map((dir) => `${dir}/index.html`)
      .filter((file) => existsSync(join(OUT, file)))) {
      const html = readFileSync(join(OUT, page), 'utf8');
      const assets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"|<script[^>]* src="\/([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      const scripts = [...html.matchAll(/<script[^>]* src=/g)].length;
      const stylesheets = [...html.matchAll(/<link rel="stylesheet"/g)].length;
      const files = [page, ...assets];
      rows.push({
        path: `/${page.replace(/index\.html$/, '')}`,
        gzip: files.reduce((n, f) => n + size(f, '.gz'), 0),
        brotli: files.reduce((n, f) => n + size(f, '.br'), 0),
        html: size(page, '.gz'),
        scripts,
        stylesheets,
      });
    }
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  const within = rows.filter((r) => r.gzip <= GOAL.guide).length;
  const withinBrotli = rows.filter((r) => r.brotli <= GOAL.guide).length;
  const median = rows[Math.floor(rows.length / 2)];
  console.log(`\nEvery guide and part (${rows.length}, both languages), before interaction: HTML + CSS + JS, gzip 9 / brotli 11`);
  console.log(
    `  within ${kb(GOAL.guide)}: ${within} of ${rows.length} in gzip, ${withinBrotli} in brotli · median ${kb(median.gzip)} / ${kb(median.brotli)} · the lightest ${kb(rows.at(-1).gzip)}`,
  );
  for (const r of rows.slice(0, 3))
    console.log(`  ${kb(r.gzip).padStart(8)} / ${kb(r.brotli).padStart(8)}  (HTML ${kb(r.html)})  ${r.path}`);
  for (const r of rows) {
    gate(r.gzip <= BUDGET.guideGzip, `${r.path}: ${kb(r.gzip)} gzip > ${kb(BUDGET.guideGzip)}`);
    gate(r.scripts <= BUDGET.guideScripts, `${r.path} makes ${r.scripts} script requests before interaction`);
    // Guides carry their styles inline: the page alone draws them.
    gate(r.stylesheets <= BUDGET.guideStylesheets, `${r.path} asks for ${r.stylesheets} stylesheets`);
  }
}

const server = await startServer({ root: OUT, port: LOCAL_PORT });
const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROMIUM_FLAGS, '--remote-debugging-port=9333'] });

/** Each response's type, URL, the bytes the server sent (brotli here) and gzip level 9 of its body. */
function recorder(page) {
  const rows = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = await response?.body().catch(() => null);
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }));
    rows.push({
      url: request.url(),
      type: request.resourceType(),
      sent: sizes.responseBodySize,
      encoding: (await response?.allHeaders())?.['content-encoding'] ?? '',
      raw: body?.length ?? 0,
      gzip: body ? gzipSync(body, { level: 9 }).length : 0,
    });
  });
  return rows;
}
const sum = (rows, key, type) => rows.filter((r) => !type || r.type === type).reduce((n, r) => n + r[key], 0);

console.log('\npage             requests  scripts  HTML raw/gzip        CSS raw/gzip         JS raw/gzip          gzip total  brotli sent');
const results = {};
for (const [name, path] of Object.entries(PAGES)) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const rows = recorder(page);
  await page.goto(LOCAL_ORIGIN + path, { waitUntil: 'networkidle' });
  await page.close();
  const m = (results[name] = {
    requests: rows.length,
    scripts: rows.filter((r) => r.type === 'script').length,
    gzip: sum(rows, 'gzip'),
    sent: sum(rows, 'sent'),
  });
  const pair = (type) => `${kb(sum(rows, 'raw', type))}/${kb(sum(rows, 'gzip', type))}`.padEnd(20);
  console.log(
    `${name.padEnd(16)} ${String(m.requests).padStart(8)} ${String(m.scripts).padStart(8)}  ${pair('document')} ${pair('stylesheet')} ${pair('script')} ${kb(m.gzip).padStart(10)} ${kb(m.sent).padStart(12)}`,
  );
}
for (const name of ['finder question', 'finder result'])
  gate(results[name].gzip <= BUDGET.pageGzip, `${name} transfer ${kb(results[name].gzip)} > ${kb(BUDGET.pageGzip)}`);

// Search: from navigation to the first results shown (the categories its words name, from the page's own vocabulary),
// then on to the full-text results. "Before the first results" = the page itself and every request started before them.
{
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-search-results] ol > li')) {
        window.firstResultsAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const rows = recorder(page);
  await page.goto(`${LOCAL_ORIGIN}/search/?q=spouse`);
  await page.locator('[data-search-results] ol:not([data-names-first]) > li').first().waitFor();
  await page.waitForLoadState('networkidle');
  const { shownAt, fullAt, started } = await page.evaluate(() => ({
    shownAt: window.firstResultsAt,
    fullAt: performance.now(),
    started: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
  }));
  const startedAt = new Map(started);
  const before = (r) => r.type === 'document' || (startedAt.get(r.url) ?? Infinity) < shownAt;
  const first = rows.filter(before);
  const later = rows.filter((r) => !before(r));
  const print = (list) =>
    list.forEach((r) =>
      console.log(
        `  ${kb(r.gzip).padStart(8)} gzip ${kb(r.sent).padStart(8)} ${(r.encoding || 'sent').padEnd(5)}  ${r.type.padEnd(10)} ${new URL(r.url).pathname}`,
      ),
    );
  console.log(
    `\nSearch /search/?q=spouse, navigation to the first results: ${first.length} requests, ${kb(sum(first, 'gzip'))} gzip, ${kb(sum(first, 'sent'))} sent, shown at ${Math.round(shownAt)} ms (not gated)`,
  );
  print(first);
  console.log(
    `On to the full-text results: ${later.length} more requests, ${kb(sum(rows, 'gzip'))} gzip in all, ${kb(sum(rows, 'sent'))} sent, at ${Math.round(fullAt)} ms`,
  );
  print(later);
  gate(Number.isFinite(shownAt), 'search showed no results');
  gate(sum(first, 'gzip') <= BUDGET.firstResultsGzip, `search to first results ${kb(sum(first, 'gzip'))} > ${kb(BUDGET.firstResultsGzip)}`);
  gate(sum(rows, 'gzip') <= BUDGET.fullResultsGzip, `search to full-text results ${kb(sum(rows, 'gzip'))} > ${kb(BUDGET.fullResultsGzip)}`);
  await page.close();
}

// The comparison island's own script.
{
  const page = await browser.newPage();
  const rows = recorder(page);
  await page.goto(`${LOCAL_ORIGIN}/compare/`, { waitUntil: 'networkidle' });
  const scripts = rows.filter((r) => r.type === 'script');
  const island = sum(scripts, 'gzip');
  console.log(`\nComparison island scripts: ${scripts.map((s) => s.url.split('/').pop()).join(', ')} = ${kb(island)} gzip`);
  gate(island <= BUDGET.islandGzip, `island ${kb(island)} > ${kb(BUDGET.islandGzip)}`);
  await page.close();
}

// Lighthouse, mobile settings, on each page type: every category once (gated), performance twice more.
console.log(`\nLighthouse (mobile)  performance (median, min of ${PERFORMANCE_RUNS})  accessibility  best-practices  SEO`);
for (const [name, path] of Object.entries(PAGES)) {
  const run = (onlyCategories) =>
    lighthouse(LOCAL_ORIGIN + path, { port: 9333, output: 'json', logLevel: 'error', onlyCategories }, LIGHTHOUSE_CONFIG);
  const result = await run(['performance', 'accessibility', 'best-practices', 'seo']);
  const c = result.lhr.categories;
  const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
  const performance = [score('performance')];
  for (let i = 1; i < PERFORMANCE_RUNS; i++)
    performance.push(Math.round(((await run(['performance'])).lhr.categories.performance?.score ?? 0) * 100));
  performance.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(20)} ${`${performance[Math.floor(performance.length / 2)]}, ${performance[0]}`.padStart(26)} ${String(score('accessibility')).padStart(14)} ${String(score('best-practices')).padStart(15)} ${String(score('seo')).padStart(4)}`,
  );
  for (const k of ['accessibility', 'best-practices', 'seo']) {
    if (score(k) < BUDGET.gatedScore) {
      const failed = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && c[k].auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id);
      // Finder steps are noindex on purpose (their answers are in the address); that one audit is expected to fail there.
      const unexpected = NOINDEX.has(name) ? failed.filter((id) => id !== 'is-crawlable') : failed;
      if (unexpected.length) gate(false, `${name}: Lighthouse ${k} ${score(k)} (${failed.join(', ')})`);
      else console.log(`  ${name}: ${k} below 100 only for is-crawlable, as a noindex page should be`);
    }
  }
}

await browser.close();
server.close();
if (!reusable) execSync(`rm -rf ${OUT}`);
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll gated budgets met.');
