import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The watcher against a local server that stands in for canada.ca: fixture pages, no network.
const PAGES: Record<string, string> = {
  '/en/same.html': '<html><head><meta name="dcterms.modified" content="2025-02-03"></head><body>Same</body></html>',
  '/en/changed.html': '<html><head><meta name="dcterms.modified" content="2026-05-05"></head><body>New rules</body></html>',
  '/en/stamp.html': '<html><body><dl><dt>Date modified:</dt><dd><time>2023-03-03</time></dd></dl></body></html>',
  '/en/notice.html': '<html><head><meta name="dcterms.modified" content="2026-03-01"></head></html>',
  '/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/updates.html': `<table>
    <tr><th>Category</th><th>PDU title</th><th>Date published</th></tr>
    <tr><td>tr</td><td><a href="/updates/z61.html">Alpha permits [R205(a) – Z61] – minor updates</a></td><td>June 1, 2026</td></tr>
    <tr><td>tr</td><td><a href="/updates/other.html">Visitor visas – other news</a></td><td>June 2, 2026</td></tr>
    <tr><td>tr</td><td><a href="/updates/old.html">Alpha permit instructions</a></td><td>January 5, 2026</td></tr>
  </table>`,
};

let server: Server;
let origin = '';
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
let inFlight = 0;
let most = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    most = Math.max(most, ++inFlight);
    // A short delay, so requests overlap when the watcher sends more than one at a time.
    setTimeout(() => {
      inFlight--;
      const page = PAGES[req.url ?? ''];
      res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html' }).end(page ?? 'Not found');
    }, 40);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** The parts of the watcher's JSON report these tests read. */
interface WatchReport {
  since: string;
  updatesList: { state: string };
  pages: { url: string; state: string }[];
  updates: { title: string }[];
  reReview: { page: string; because: string[] }[];
}

function watch(extra: string[]): Promise<{ code: number | null; out: string; report: WatchReport }> {
  const report = join(mkdtempSync(join(tmpdir(), 'sources-check-')), 'report.json');
  const child = spawn(
    process.execPath,
    ['scripts/sources-check.mjs', '--root', 'tests/fixtures/sources-check', '--report', report, ...extra],
    { env: { ...process.env, NO_COLOR: '1' } },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((done) =>
    child.on('close', (code) => {
      let parsed = null;
      try {
        parsed = JSON.parse(readFileSync(report, 'utf8'));
      } catch {
        /* no report written */
      }
      done({ code, out, report: parsed });
    }),
  );
}

describe('npm run sources:check', () => {
  it('finds changed and removed pages and new updates, names the guides to re-review, and exits 1', async () => {
    const { code, out, report } = await watch(['--origin', origin]);
    console.log(out);
    expect(code, out).toBe(1);
    const state = Object.fromEntries(report.pages.map((p: { url: string; state: string }) => [p.url, p.state]));
    expect(state).toEqual({
      'https://www.canada.ca/en/changed.html': 'changed',
      'https://www.canada.ca/en/gone.html': 'gone',
      'https://www.canada.ca/en/notice.html': 'same',
      'https://www.canada.ca/en/same.html': 'same',
      'https://www.canada.ca/en/stamp.html': 'same',
    });
    expect(report.since).toBe('2026-02-12');
    expect(report.updates.map((u: { title: string }) => u.title)).toEqual(['Alpha permits [R205(a) – Z61] – minor updates']);
    expect(report.reReview.map((r: { page: string }) => r.page)).toEqual(['categories/alpha', 'faq/beta']);
    expect(report.reReview[0]?.because.join(' ')).toContain('recorded 2024-01-10, now 2026-05-05');
    expect(out).toContain('Re-review 2 pages:');
  }, 30_000);

  it('asks politely: at most 2 requests at a time, each with a user agent that names the project', () => {
    expect(seen.length).toBeGreaterThanOrEqual(6);
    expect(most).toBeLessThanOrEqual(2);
    expect(most).toBe(2);
    for (const s of seen) expect(s.headers['user-agent']).toMatch(/^IMP-Guide-sources-check\//);
  });

  it('exits 0 when nothing changed since a later check', async () => {
    PAGES['/en/changed.html'] = PAGES['/en/changed.html']!.replace('2026-05-05', '2024-01-10');
    PAGES['/en/gone.html'] = '<meta name="dcterms.modified" content="2022-05-05">';
    const { code, report } = await watch(['--origin', origin, '--since', '2026-07-01']);
    expect(code).toBe(0);
    expect(report.reReview).toEqual([]);
  }, 30_000);

  it('exits 2 when it cannot reach the site, and says so', async () => {
    const { code, out, report } = await watch(['--origin', 'http://127.0.0.1:9', '--timeout', '2000']);
    expect(code).toBe(2);
    expect(report.updatesList.state).toBe('unreachable');
    expect(out).toContain('could not be reached');
  }, 30_000);

  it('refuses a bad date with a clear message', async () => {
    const { code, out } = await watch(['--since', 'last week']);
    expect(code).toBe(2);
    expect(out).toContain('--since must be a day written YYYY-MM-DD, not "last week"');
  });
});
