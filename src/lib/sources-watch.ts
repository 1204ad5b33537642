// Pure logic of `npm run sources:check`: what we recorded about each cited page, what IRCC's page says now, and what to re-review.
// No imports, so the script can load it with plain Node.

/** One official page as the site cites it, and every page of the site that cites it. */
export interface CitedSource {
  url: string;
  /** IRCC's "Date modified" as we recorded it (YYYY-MM-DD), or null when we recorded none. */
  modified: string | null;
  /** Site pages citing it ("categories/co-op-students", "faq/fees", "data/ircc-codes"). */
  citedBy: string[];
}

export interface CitingPage {
  id: string;
  sources: { url: string; modified?: Date | string | null }[];
}

const iso = (d: Date | string | null | undefined): string | null =>
  d == null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/** Every cited address once, with the recorded date and the pages that cite it. Two pages recording different dates keep the older. */
export function collectSources(pages: CitingPage[]): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const page of pages) {
    for (const s of page.sources) {
      const url = s.url.split('#')[0]!;
      const known = byUrl.get(url) ?? { url, modified: iso(s.modified), citedBy: [] };
      const mine = iso(s.modified);
      if (mine && (!known.modified || mine < known.modified)) known.modified = mine;
      if (!known.citedBy.includes(page.id)) known.citedBy.push(page.id);
      byUrl.set(url, known);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2025-02-03", "February 3, 2025" or "3 February 2025" → "2025-02-03"; anything else → null. */
export function readDay(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const isoMatch = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (isoMatch) return `${isoMatch[1]}-${isoMatch[2]}-${isoMatch[3]}`;
  const us = /([A-Za-z]+)\.? (\d{1,2}),? (\d{4})/.exec(t);
  const uk = /(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(t);
  const [month, day, year] = us ? [us[1], us[2], us[3]] : uk ? [uk[2], uk[1], uk[3]] : [];
  const m = month ? MONTHS.indexOf(month.toLowerCase()) : -1;
  return m >= 0 ? `${year}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

/** The page's "Date modified": the dcterms.modified meta first, else the visible stamp in "Page details". */
export function readModified(html: string): string | null {
  const meta = /<meta\b[^>]*\bname=["']dcterms\.modified["'][^>]*>/i.exec(html)?.[0];
  const content = meta && /\bcontent=["']([^"']+)["']/i.exec(meta)?.[1];
  if (content) return readDay(content);
  const stamp = /Date modified:?\s*(?:<[^>]+>\s*)*([^<]{6,40})/i.exec(html);
  return stamp ? readDay(stamp[1]!) : null;
}

export interface Update {
  date: string;
  title: string;
  url: string;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#8211;|&ndash;/g, '–')
    .replace(/\s+/g, ' ')
    .trim();

/** The entries of IRCC's Program Delivery Updates table: each row's link and its date published. */
export function parseUpdates(html: string, pageUrl: string): Update[] {
  const rows = html.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? [];
  const out: Update[] = [];
  for (const row of rows) {
    const link = /<a\b[^>]*href=["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/i.exec(row);
    const cells = row.match(/<td\b[\s\S]*?<\/td>/gi) ?? [];
    const date = cells.length ? readDay(text(cells[cells.length - 1]!)) : null;
    if (link && date) out.push({ date, title: text(link[2]!), url: new URL(link[1]!, pageUrl).href });
  }
  return out;
}

/** What the site calls a category, for matching an update's title: its codes, title and common names. */
export interface Vocabulary {
  page: string;
  codes: string[];
  names: string[];
}

/** The site pages an update concerns: its title names one of their codes, or one of their names as whole words. */
export function pagesConcerned(update: Update, vocab: Vocabulary[]): { page: string; matched: string[] }[] {
  const title = update.title.toLowerCase();
  const found = [];
  for (const v of vocab) {
    const matched = [
      ...v.codes.filter((c) => new RegExp(`\\b${c}\\b`).test(update.title)),
      ...v.names.filter(
        (n) =>
          n.length >= 3 && new RegExp(`(^|[^a-z0-9])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(title),
      ),
    ];
    if (matched.length) found.push({ page: v.page, matched });
  }
  return found;
}

export type PageResult =
  | { url: string; state: 'same' | 'changed' | 'undated'; recorded: string | null; found: string | null; citedBy: string[] }
  | { url: string; state: 'gone'; recorded: string | null; httpStatus: number; citedBy: string[] }
  | { url: string; state: 'unreachable'; recorded: string | null; error: string; citedBy: string[] };

/** Compare the recorded date with the date found on the page. */
export function judge(source: CitedSource, found: string | null): PageResult {
  const base = { url: source.url, recorded: source.modified, found, citedBy: source.citedBy };
  if (!found) return { ...base, state: 'undated' };
  return { ...base, state: found === source.modified ? 'same' : 'changed' };
}

export interface Report {
  checkedAt: string;
  since: string;
  pages: PageResult[];
  updates: (Update & { concerns: { page: string; matched: string[] }[] })[];
  updatesList: { url: string; state: 'read' | 'unreachable'; error?: string };
  /** Site pages to re-review, each with why. */
  reReview: { page: string; because: string[] }[];
  exitCode: 0 | 1 | 2;
}

/** Put the results together: 1 when something changed, else 2 when the check could not reach IRCC, else 0. */
export function buildReport(input: Omit<Report, 'reReview' | 'exitCode'>): Report {
  const why = new Map<string, string[]>();
  const add = (page: string, because: string) => why.set(page, [...(why.get(page) ?? []), because]);
  for (const p of input.pages) {
    if (p.state === 'changed')
      for (const page of p.citedBy) add(page, `${p.url} changed: recorded ${p.recorded ?? 'no date'}, now ${p.found}`);
    if (p.state === 'gone') for (const page of p.citedBy) add(page, `${p.url} answered HTTP ${p.httpStatus}`);
  }
  for (const u of input.updates) for (const c of u.concerns) add(c.page, `update of ${u.date} "${u.title}" (${c.matched.join(', ')})`);
  const reReview = [...why].map(([page, because]) => ({ page, because })).sort((a, b) => a.page.localeCompare(b.page));
  const unreachable = input.updatesList.state === 'unreachable' || input.pages.some((p) => p.state === 'unreachable');
  return { ...input, reReview, exitCode: reReview.length ? 1 : unreachable ? 2 : 0 };
}
