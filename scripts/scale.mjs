// What growth costs: builds the site as it is, then a throwaway copy with N more guides in each language (copies of real
// guides with made-up codes), and prints build time, pages, search index size and search bytes for both, and per 10 pages.
// Usage: node scripts/scale.mjs [N=405] (405 more guides make the site ten times as many guides: 45 → 450). Not part of
// npm test: the large build takes minutes.
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const EXTRA = Number(process.argv[2] ?? 405);
const KB = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Splits an MDX file into its frontmatter (parsed) and body. */
function splitMdx(text) {
  const end = text.indexOf('\n---', 4);
  return { data: parse(text.slice(4, end)), body: text.slice(end + 4) };
}
const joinMdx = (data, body) => `---\n${stringify(data, { lineWidth: 0 })}---${body}`;

/** Codes no real guide uses: letters that IRCC's table does not, two digits each. */
function* fakeCodes(used) {
  const letters = 'BDEGHJKLMNOPQSUVWXYZ'.split('').filter((l) => ![...used].some((c) => c.startsWith(l)));
  for (const l of letters) for (let i = 0; i < 100; i++) yield `${l}${String(i).padStart(2, '0')}`;
}

function addGuides(root, extra) {
  const dir = (lang) => join(root, 'content', lang, 'categories');
  const sources = readdirSync(dir('en'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  const used = new Set(sources.flatMap((s) => splitMdx(readFileSync(join(dir('en'), `${s}.mdx`), 'utf8')).data.codes.map((c) => c.code)));
  const codes = fakeCodes(used);
  const slugs = [];
  for (let i = 0; i < extra; i++) {
    const source = sources[i % sources.length];
    const slug = `scale-${i + 1}-${source}`;
    const en = splitMdx(readFileSync(join(dir('en'), `${source}.mdx`), 'utf8'));
    const rename = new Map(en.data.codes.map((c) => [c.code, codes.next().value]));
    en.data.title = `${en.data.title} ${i + 1}`;
    en.data.codes = en.data.codes.map((c) => ({ ...c, code: rename.get(c.code) }));
    // Former codes belong to one guide each; the copies have none.
    delete en.data.formerCodes;
    writeFileSync(join(dir('en'), `${slug}.mdx`), joinMdx(en.data, en.body));
    const fr = splitMdx(readFileSync(join(dir('fr'), `${source}.mdx`), 'utf8'));
    fr.data.title = `${fr.data.title} ${i + 1}`;
    if (fr.data.codeTitles)
      fr.data.codeTitles = Object.fromEntries(
        Object.entries(fr.data.codeTitles)
          .filter(([c]) => rename.has(c))
          .map(([c, t]) => [rename.get(c), t]),
      );
    delete fr.data.formerCodeTitles;
    writeFileSync(join(dir('fr'), `${slug}.mdx`), joinMdx(fr.data, fr.body));
    slugs.push(slug);
  }
  // Every guide must be reachable from the finder and listed in a situation: the copies go under "other work".
  const finder = join(root, 'content/data/finder.yaml');
  writeFileSync(
    finder,
    readFileSync(finder, 'utf8').replace('label: "Other work", results: []', `label: "Other work", results: [${slugs.join(', ')}]`),
  );
  const situations = join(root, 'content/data/situations.yaml');
  writeFileSync(
    situations,
    readFileSync(situations, 'utf8').replace('- id: hardship\n  guides: [', `- id: hardship\n  guides: [${slugs.join(', ')}, `),
  );
}

const sizeOf = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;
const count = (path, test) =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + count(join(path, f), test), 0) : test(path) ? 1 : 0;

/** The search page's bytes before its first results (the page, its stylesheet and scripts, gzip), read from the build. */
function searchFirstBytes(dist) {
  const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
  const assets = new Set([...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]));
  for (const js of [...assets].filter((a) => a.endsWith('.js'))) {
    for (const m of readFileSync(join(dist, js), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) assets.add(`_astro/${m[1]}`);
  }
  return [join(dist, 'search/index.html'), ...[...assets].map((a) => join(dist, a))].reduce((n, f) => n + statSync(`${f}.gz`).size, 0);
}

function measure(root, label) {
  const started = Date.now();
  execSync('node_modules/astro/bin/astro.mjs build', {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, SITE_URL: 'http://127.0.0.1:4610' },
  });
  const seconds = (Date.now() - started) / 1000;
  const dist = join(root, 'dist');
  const pages = count(dist, (p) => p.endsWith('.html'));
  const guides = readdirSync(join(dist, 'categories'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  const index = sizeOf(join(dist, 'pagefind'));
  const chunks = readdirSync(join(dist, 'pagefind/index'));
  const chunkSize = chunks.reduce((n, f) => n + statSync(join(dist, 'pagefind/index', f)).size, 0) / chunks.length;
  const row = { label, guides, pages, seconds, index, chunks: chunks.length, chunkSize, first: searchFirstBytes(dist) };
  console.log(
    `${label}: ${guides} guides a language, ${pages} pages, built in ${seconds.toFixed(1)} s (${((10 * seconds) / pages).toFixed(2)} s per 10 pages)`,
  );
  console.log(
    `  search index ${KB(index)} (${KB((10 * index) / pages)} per 10 pages), ${chunks.length} index chunks of ${KB(chunkSize)} on average (a query loads about one per word)`,
  );
  console.log(`  search page to first results: ${KB(row.first)} gzip (the page carries every guide's name and codes)`);
  return row;
}

const work = mkdtempSync(join(tmpdir(), 'imp-guide-scale-'));
try {
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'content', 'src', 'public'])
    cpSync(entry, join(work, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(work, 'node_modules'));
  const base = measure(work, 'As it is');
  addGuides(work, EXTRA);
  const big = measure(work, `With ${EXTRA} more guides a language`);
  const ratio = (k) => (big[k] / base[k]).toFixed(1);
  console.log(
    `\n${ratio('guides')}× the guides: ${ratio('pages')}× the pages, ${ratio('seconds')}× the build time, ${ratio('index')}× the index, ${ratio('chunkSize')}× the bytes of an index chunk, ${ratio('first')}× the bytes to first results.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
