// npm run sources:check: fetch every official page the site cites (2 at a time), compare IRCC's "Date modified" with
// the date we recorded, read IRCC's Program Delivery Updates for new entries naming our codes or categories, print the
// pages to re-review and write a JSON report. Exit 0: nothing changed; 1: something changed; 2: IRCC could not be reached.
//
// Options: --root DIR (the project, default .), --report FILE (default sources-check-report.json),
// --since YYYY-MM-DD (updates newer than this; default: the newest `read` date in the content),
// --origin URL (fetch every page from this origin instead, for tests), --timeout MS (default 20000).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readContentDir } from '../src/lib/content-files.ts';
import { buildReport, collectSources, judge, pagesConcerned, parseUpdates, readModified } from '../src/lib/sources-watch.ts';

const UPDATES_URL =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/updates.html';
const USER_AGENT = 'IMP-Guide-sources-check/1.0 (checks the official pages the guide cites, at most 2 at a time, once a week)';
const AT_ONCE = 2;

const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    report: { type: 'string', default: 'sources-check-report.json' },
    since: { type: 'string' },
    origin: { type: 'string' },
    timeout: { type: 'string', default: '20000' },
  },
});
if (args.since && !/^\d{4}-\d{2}-\d{2}$/.test(args.since)) fail(`--since must be a day written YYYY-MM-DD, not "${args.since}"`);
const timeout = Number(args.timeout);

function fail(message) {
  console.error(`sources:check: ${message}`);
  process.exit(2);
}

// Every page of the site that cites official pages, and IRCC's code table.
const pages = [];
const vocab = [];
for (const kind of ['categories', 'faq']) {
  const dir = join(args.root, 'content/en', kind);
  if (!existsSync(dir)) continue;
  for (const f of readContentDir(dir)) {
    const id = `${kind}/${f.slug}`;
    const sources = Array.isArray(f.data.sources) ? f.data.sources : [];
    const changes = Array.isArray(f.data.changes) ? f.data.changes : [];
    pages.push({ id, sources, read: sources.map((s) => s.read) });
    // A change's source is cited too; its date is the change, not the page's, so it is checked for reachability only.
    if (changes.length) pages.push({ id, sources: changes.map((c) => ({ url: c.source, modified: undefined, unrecorded: true })) });
    if (kind === 'categories') {
      const codes = [...(f.data.codes ?? []), ...(f.data.formerCodes ?? [])].map((c) => c.code);
      vocab.push({ page: id, codes, names: [f.data.title, ...(f.data.aliases ?? [])].filter(Boolean) });
    }
  }
}
const tablePath = join(args.root, 'content/data/ircc-codes.yaml');
if (existsSync(tablePath)) {
  const table = parse(readFileSync(tablePath, 'utf8'));
  pages.push({ id: 'data/ircc-codes', sources: [table.source], read: [table.source.read] });
}
if (pages.length === 0) fail(`no content found under ${args.root}/content/en`);

const day = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
const since =
  args.since ??
  pages
    .flatMap((p) => p.read ?? [])
    .filter(Boolean)
    .map(day)
    .sort()
    .at(-1) ??
  '1970-01-01';
const unrecorded = new Set(pages.flatMap((p) => p.sources.filter((s) => s.unrecorded).map((s) => s.url.split('#')[0])));
const recorded = new Set(pages.flatMap((p) => p.sources.filter((s) => !s.unrecorded).map((s) => s.url.split('#')[0])));
const sources = collectSources(pages);

const where = (url) => (args.origin ? new URL(new URL(url).pathname + new URL(url).search, args.origin).href : url);

async function get(url) {
  try {
    const res = await fetch(where(url), {
      headers: { 'User-Agent': USER_AGENT, Accept: 'text/html' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeout),
    });
    return { status: res.status, ok: res.ok, html: res.ok ? await res.text() : '' };
  } catch (error) {
    return {
      error: error?.name === 'TimeoutError' ? `no answer within ${timeout} ms` : String(error?.cause?.code ?? error?.message ?? error),
    };
  }
}

// At most AT_ONCE requests in flight, in the order of the list.
async function inTurn(items, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(AT_ONCE, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

const results = await inTurn(sources, async (source) => {
  const answer = await get(source.url);
  if (answer.error)
    return { url: source.url, state: 'unreachable', recorded: source.modified, error: answer.error, citedBy: source.citedBy };
  if (!answer.ok) return { url: source.url, state: 'gone', recorded: source.modified, httpStatus: answer.status, citedBy: source.citedBy };
  // A page cited only as a change's source has no recorded date to compare.
  if (unrecorded.has(source.url) && !recorded.has(source.url)) return { ...judge(source, readModified(answer.html)), state: 'same' };
  return judge(source, readModified(answer.html));
});

const list = await get(UPDATES_URL);
const updates = list.html
  ? parseUpdates(list.html, UPDATES_URL)
      .filter((u) => u.date > since)
      .map((u) => ({ ...u, concerns: pagesConcerned(u, vocab) }))
      .filter((u) => u.concerns.length)
  : [];
const report = buildReport({
  checkedAt: new Date().toISOString(),
  since,
  pages: results,
  updates,
  updatesList: list.ok
    ? { url: UPDATES_URL, state: 'read' }
    : { url: UPDATES_URL, state: 'unreachable', error: list.error ?? `HTTP ${list.status}` },
});
writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);

const count = (state) => results.filter((r) => r.state === state).length;
console.log(
  `Checked ${results.length} official pages: ${count('same')} unchanged, ${count('changed')} changed, ${count('undated')} without a date, ${count('gone')} gone, ${count('unreachable')} unreachable.`,
);
for (const r of results.filter((x) => x.state !== 'same')) {
  const detail =
    r.state === 'changed'
      ? `recorded ${r.recorded ?? 'no date'}, now ${r.found}`
      : r.state === 'gone'
        ? `HTTP ${r.httpStatus}`
        : r.state === 'unreachable'
          ? r.error
          : 'no "Date modified" found';
  console.log(`  ${r.state.padEnd(11)} ${r.url} (${detail})`);
}
console.log(
  list.ok
    ? `Program Delivery Updates since ${since} naming our codes or categories: ${updates.length}.`
    : `Program Delivery Updates could not be read: ${list.error ?? `HTTP ${list.status}`}.`,
);
for (const u of updates) console.log(`  ${u.date} ${u.title} → ${u.concerns.map((c) => c.page).join(', ')}`);
if (report.reReview.length) {
  console.log(`Re-review ${report.reReview.length} page${report.reReview.length === 1 ? '' : 's'}:`);
  for (const r of report.reReview) console.log(`  ${r.page}: ${r.because.join('; ')}`);
} else
  console.log(
    report.exitCode === 2 ? 'Nothing changed among the pages reached, but IRCC could not be reached in full.' : 'Nothing to re-review.',
  );
console.log(`Report written to ${args.report}.`);
process.exit(report.exitCode);
