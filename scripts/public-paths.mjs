// The registry of public paths (tests/public-paths.txt): every address the site has published.
// `node scripts/public-paths.mjs` appends the built site's new paths; it never removes one, because a published link must keep working.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const FILE = 'tests/public-paths.txt';
const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const codes = JSON.parse(readFileSync('dist/data/codes.json', 'utf8')).flatMap((c) => [
  `/${c.code.toLowerCase()}/`,
  `/fr/${c.code.toLowerCase()}/`,
]);
const files = ['/changes/feed.xml', '/fr/changes/feed.xml', '/data/categories.json', '/data/codes.json', '/sitemap.xml', '/robots.txt'];
const built = [...pages, ...codes, ...files];

const header = '# Every public path the site has published. Append only: a removed or renamed page needs a redirect.\n';
const known = existsSync(FILE)
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('/'))
  : [];
const added = built.filter((p) => !known.includes(p));
writeFileSync(FILE, header + [...known, ...added].join('\n') + '\n');
console.log(`${known.length} paths known, ${added.length} added.`);
