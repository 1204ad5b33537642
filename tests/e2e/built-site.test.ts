import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readContentFile } from '../../src/lib/content-files';
import { sitemapPaths } from '../../src/lib/sitemap';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlPages, pageAt, resolves } from './dist';
import { REQUIRED_SECTION_IDS } from '../../src/lib/labels';
import { isOfficialUrl } from '../../src/lib/official';
import { siteUrl } from '../../src/lib/site';

const pages = htmlPages();
// Pages built on the Base layout (short-link redirect pages are not).
const contentPages = pages.filter(([path, doc]) => doc.querySelector('main#main') && path !== '/404.html');
const guides = pages.filter(([path]) => /^\/categories\/[a-z0-9-]+\/$/.test(path));
const SITE = new URL(siteUrl()).origin;
const VAGUE = /^(click here|here|read more|more|this page|link|learn more)$/i;

describe('the summary for email of every guide', () => {
  const frGuides = pages.filter(([path]) => /^\/fr\/categories\/[a-z0-9-]+\/$/.test(path));
  it.each([...guides, ...frGuides].map(([path, doc]) => [path, doc] as const))(
    '%s: the file its button names, led by its title',
    (path, doc) => {
      const file = doc.querySelector('[data-copy-summary]')?.getAttribute('data-copy-summary') ?? '';
      expect(file).toMatch(/^\/summary\/(fr\/)?[a-z0-9-]+\.txt$/);
      const text = readFileSync(`dist${file}`, 'utf8');
      const title = doc.querySelector('h1')!.text.trim();
      expect(text.split('\n')[0]).toContain(title);
      expect(text).toContain(`${SITE}${path}`);
    },
  );
});

describe('the built site', () => {
  it('has a guide for every category and every guide has its fixed sections', () => {
    expect(guides.map(([p]) => p.split('/')[2]).sort()).toEqual(
      readdirSync('content/en/categories')
        .map((f) => f.replace(/\.mdx$/, ''))
        .sort(),
    );
    for (const [path, doc] of guides) {
      const ids = doc.querySelectorAll('[id]').map((e) => e.id);
      expect(
        [...REQUIRED_SECTION_IDS, 'changes', 'sources'].filter((id) => !ids.includes(id)),
        path,
      ).toEqual([]);
      expect(doc.querySelector('[data-reviewed]')?.text, path).toMatch(/Last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/);
    }
  });

  it('keeps a space between sentences where text meets an expression or a tag', () => {
    const joined: string[] = [];
    for (const [path, doc] of contentPages) {
      // Only elements holding text and inline tags: node-html-parser's .text joins block children with no space.
      const leaves = doc
        .querySelectorAll('main p, main li, main td, main dd, footer p')
        .filter((e) => !e.querySelector('p, ul, ol, div, dl, table'));
      for (const p of leaves) {
        const glued = p.text.match(/[a-z]{2}[.!?][A-Z][a-z]+/);
        if (glued) joined.push(`${path}: "${glued[0]}"`);
      }
    }
    expect(joined).toEqual([]);
  });

  it('resolves every internal link and asset, #fragments included', () => {
    const broken: string[] = [];
    for (const [path, doc] of pages) {
      for (const node of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const ref = node.getAttribute('href') ?? node.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|data:)/.test(ref) || ref === '') continue;
        const url = new URL(ref, `http://site${path}`);
        if (!resolves(url.pathname)) {
          broken.push(`${path} → ${ref}`);
          continue;
        }
        if (url.hash && url.hash !== '#') {
          const target = url.pathname === path ? doc : pageAt(url.pathname);
          if (!target?.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) broken.push(`${path} → ${ref} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links only to official sites from its content, over https', () => {
    const outside: string[] = [];
    for (const [path, doc] of contentPages) {
      for (const a of doc.querySelectorAll('main a[href^="http"]')) {
        const href = a.getAttribute('href')!;
        if (!isOfficialUrl(href) && new URL(href).origin !== SITE) outside.push(`${path} → ${href}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('uses no vague link text', () => {
    const vague = contentPages.flatMap(([path, doc]) =>
      doc
        .querySelectorAll('a')
        .filter((a) => VAGUE.test(a.text.trim()))
        .map((a) => `${path}: "${a.text.trim()}"`),
    );
    expect(vague).toEqual([]);
  });

  it('writes headings in sentence case', () => {
    // A word after the first that starts with a capital is fine when it is a name (listed) or an acronym or code.
    const names =
      /^(Canada|Canadian|Quebec|Québec|IRCC|International|Mobility|Program|Experience|Employer|Portal|CUSMA|CETA|CPTPP|GATS|English|French|Atlantic|Immigration|Start-up|Visa|Express|Entry|Hong|Kong|Ukraine|Chile|Colombia|Korea|Panama|Peru|Mexico|United|States|Kingdom|European|Union|UK|EU|US|Mobilité|Francophone|Ph\.?D\.?|Yukon|Community|Pilot|Home|Child|Care|Provider|Support|Worker|Agreement|Trade|Free|Agri-Food|Rural|Northern|Innovation|Stream|Global|Skills|Strategy|Ireland|Northern|TEER|LMIA|Labour|Market|Impact|Assessment|Temporary|Foreign|Workers?|Regulations|Act|Refugee|Protection|Service|Delivery|Special|Measures|Significant|Investment|Projects|Minister|College|Citizenship|Consultants|Class|Family|Spouse|Common-law|Partner|Air|Transport|Association|Pacific|Halibut|Commission|Salmon|Roosevelt|Campobello|Park|Interim|Pathway|Caregivers|Safety|Programme|Nord|Chili|Colombie|Corée|Pérou|Mexique|États-Unis|Royaume-Uni|Europe|Accord|Portail|Expérience|Caregivers|December|January|February|March|April|May|June|July|August|September|October|November)$/;
    const bad: string[] = [];
    for (const [path, doc] of contentPages) {
      for (const h of doc.querySelectorAll('main h2, main h3')) {
        // The section link ("#") is not part of the heading's words.
        const words = h.text.replace(/#$/, '').trim().split(/\s+/).slice(1);
        const shouty = words.filter(
          (w) => /^[A-Z][a-z]/.test(w.replace(/^[("“]/, '')) && !names.test(w.replace(/^[("“]|[),:;.”"?]$/g, '')),
        );
        if (shouty.length >= 2) bad.push(`${path}: "${h.text.replace(/#$/, '').trim()}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps every summary within 160 characters and gives every guide sources', () => {
    for (const [path, doc] of guides) {
      expect(doc.querySelector('[data-summary]')?.text.length ?? 0, path).toBeLessThanOrEqual(160);
      expect(doc.querySelectorAll('#sources ~ ul a, section[aria-labelledby="sources"] li a').length, path).toBeGreaterThan(0);
    }
  });

  it('resolves every code in codes.json, in both cases, to a page that has the section', () => {
    const codes = JSON.parse(readFileSync('dist/data/codes.json', 'utf8')) as { code: string; url: string }[];
    expect(codes.length).toBeGreaterThan(0);
    for (const { code, url } of codes) {
      for (const short of [`/${code.toLowerCase()}/`, `/${code}/`]) {
        expect(resolves(short), short).toBe(true);
        const page = parse(readFileSync(`dist${short}index.html`, 'utf8'));
        expect(page.querySelector('link[rel=canonical]')?.getAttribute('href'), short).toBe(url);
      }
      const { pathname, hash } = new URL(url);
      const guide = pageAt(pathname);
      expect(guide, url).not.toBeNull();
      if (hash) expect(guide?.querySelector(`[id="${hash.slice(1)}"]`), `${code}: ${url}`).not.toBeNull();
    }
  });

  // One category per code is checked against IRCC's table in tests/unit/code-table.test.ts, which can fail (the build stops first here).
});

describe('every guide part', () => {
  const PARTS = 'content/en/parts';
  const partFiles = existsSync(PARTS)
    ? readdirSync(PARTS).flatMap((guide) => readdirSync(`${PARTS}/${guide}`).map((f) => `${guide}/${f.replace(/\.mdx$/, '')}`))
    : [];
  const built = (path: string) => pages.find(([p]) => p === path)?.[1];

  it('has its page in both languages, under its guide', () => {
    expect(partFiles.length).toBeGreaterThan(0);
    const partPages = pages.filter(([p]) => /^\/(fr\/)?categories\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(p)).map(([p]) => p);
    expect(partPages.sort()).toEqual(partFiles.flatMap((id) => [`/categories/${id}/`, `/fr/categories/${id}/`]).sort());
  });

  it.each(partFiles.flatMap((id) => [`/categories/${id}/`, `/fr/categories/${id}/`]))(
    '%s: its guide links to it from the section it names, and it links back to that section',
    (path) => {
      const doc = built(path)!;
      const guidePath = path.replace(/[a-z0-9-]+\/$/, '');
      const id = path.replace(/^\/(fr\/)?categories\//, '').replace(/\/$/, '');
      const { section, scheme } = readContentFile(`${PARTS}/${id}.mdx`).data;
      const back = doc.querySelector('[data-part-of] a')?.getAttribute('href');
      expect(back).toBe(`${guidePath}#${section}`);
      expect(doc.querySelector('nav[aria-label] a[href="' + guidePath + '"]'), 'breadcrumb to the guide').not.toBeNull();
      // The guide's section, from its heading to the next heading of the same or a higher level, links to the part.
      const guide = built(guidePath)!;
      const heading = guide.getElementById(String(section))!;
      const level = Number(heading.tagName.slice(1));
      const links: string[] = [];
      for (
        let el = heading.nextElementSibling;
        el && !(/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level);
        el = el.nextElementSibling
      )
        links.push(...el.querySelectorAll('a').map((a) => a.getAttribute('href')!.split('#')[0]!));
      expect(links, `${guidePath}#${section}`).toContain(path);
      expect(doc.querySelector('h1')?.text.trim()).toBeTruthy();
      expect(doc.querySelectorAll('[data-source]').length, 'its sources').toBeGreaterThan(0);
      // A part about one of the guide's schemes says where that scheme stands, even when it is simply open.
      if (scheme) {
        const guideFile = readContentFile(`content/en/categories/${id.split('/')[0]}.mdx`).data;
        const state = (guideFile.schemes as { section: string; status: { state: string } }[]).find((s) => s.section === scheme)!.status
          .state;
        expect([state, 'check'], `${path} status`).toContain(doc.querySelector('[role=note][data-status]')?.getAttribute('data-status'));
        // The guide's status list sends a reader of that scheme straight to this page.
        expect(guide.querySelector(`li[data-scheme="${scheme}"] > a`)?.getAttribute('href'), `${guidePath} status list`).toBe(path);
      }
    },
  );
});

describe('links never break', () => {
  const registry = readFileSync('tests/public-paths.txt', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/'));

  it('lists in the sitemap every built page that is not a redirect or marked noindex, and registers every sitemap path', () => {
    const inSitemap = new Set(sitemapPaths(readFileSync('dist/sitemap.xml', 'utf8')));
    const indexable = htmlPages()
      .filter(
        ([p, doc]) =>
          !p.endsWith('.html') &&
          !p.startsWith('/og/') &&
          doc.querySelector('meta[name=robots][content=noindex]') === null &&
          doc.querySelector('meta[http-equiv=refresh]') === null,
      )
      .map(([p]) => p);
    expect(indexable.filter((p) => !inSitemap.has(p))).toEqual([]);
    expect(
      [...inSitemap].filter((p) => !registry.includes(p)),
      'run `node scripts/public-paths.mjs` after a build to register new pages',
    ).toEqual([]);
  });

  it('still serves every path in the public registry, as a page, a file or a redirect', () => {
    expect(registry.length).toBeGreaterThan(100);
    expect(registry.filter((path) => !resolves(path))).toEqual([]);
  });

  it('gives every page a canonical address, a description and a link-preview image that exists', () => {
    const missing: string[] = [];
    for (const [path, doc] of contentPages) {
      const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (!canonical || new URL(canonical).pathname !== path) missing.push(`${path}: canonical ${canonical}`);
      if (!doc.querySelector('meta[name=description]')?.getAttribute('content')) missing.push(`${path}: description`);
      if (!doc.querySelector('meta[name="twitter:card"]')) missing.push(`${path}: twitter card`);
      if (!image || !resolves(new URL(image).pathname)) missing.push(`${path}: og:image ${image}`);
    }
    expect(missing).toEqual([]);
  });

  it('gives each guide its own preview image', () => {
    for (const [path, doc] of guides) {
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), path).toMatch(
        new RegExp(`/og/${path.split('/')[2]}\\.png$`),
      );
    }
  });
});
