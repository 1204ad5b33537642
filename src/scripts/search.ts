// The search page's behaviour. The address (?q=…&group=…&permit=…) is the state: reload, back and shared links restore it.
import { el } from './dom';
import { formerText } from '../lib/code-line';
import { cleanQuery, codeFirst, codeLabel, excerptParts, isSearchable, nameFirst, suggest, type CodeHit, type VocabEntry } from '../lib/search';

interface PagefindResult { url: string; excerpt: string; meta: { title?: string }; sub_results?: { title: string; url: string; excerpt: string }[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const PAGEFIND = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | null = null;
// Loaded on the first search only, so nothing is downloaded before the reader asks.
const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (p: Pagefind) => { await p.options({ excerptLength: 24 }); return p; }));

const badge = (text: string) => el('span', { className: 'mr-1 rounded border border-current px-1.5 font-mono text-sm font-bold' }, text);

function excerpt(html: string): HTMLElement {
  return el('p', { className: 'mt-1' }, ...excerptParts(html).map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));
}

export function runSearchElement(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const out = root.querySelector<HTMLElement>('[data-search-results]')!;
  const { vocab, codes } = JSON.parse(root.querySelector('[data-search-vocab]')?.textContent ?? '{}') as { vocab: VocabEntry[]; codes: CodeHit[] };
  const byUrl = new Map(vocab.map((v) => [v.url, v]));
  let generation = 0;

  const readState = () => {
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q'));
    for (const s of selects) s.value = [...s.options].some((o) => o.value === params.get(s.name)) ? (params.get(s.name) ?? '') : '';
  };
  const writeState = (push: boolean) => {
    const params = new URLSearchParams();
    const q = cleanQuery(input.value);
    if (q) params.set('q', q);
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const render = async () => {
    const mine = ++generation;
    const q = cleanQuery(input.value);
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    out.replaceChildren();
    if (!q) { status.textContent = ''; return; }
    if (!isSearchable(q)) { say(mine, 'Type a word or a code, such as "spouse" or "C43".', []); return; }
    const top = codeFirst(q, codes, vocab);
    const named = top ? null : nameFirst(q, vocab);
    const first = top?.entry ?? named;
    const items: HTMLElement[] = [];
    if (first) items.push(topCard(first, top ? `${top.hit.code}${top.hit.status === 'former' ? ` is a former code, now ${first.codes.join(', ')}` : ''}` : 'Also called ' + q, top?.hit.url ?? first.url));
    let found: PagefindResult[] = [];
    try {
      const pf = await loadPagefind();
      const search = await pf.search(q, { filters });
      found = search ? await Promise.all(search.results.slice(0, 5).map((r) => r.data())) : [];
    } catch {
      if (mine === generation) items.push(el('p', {}, 'Full-text search could not load. Try the lists of codes and categories below.'));
    }
    if (mine !== generation) return;
    for (const r of found) {
      const path = new URL(r.url, location.origin).pathname;
      if (first && path === first.url) continue;
      items.push(resultCard(r, byUrl.get(path)));
    }
    const total = items.length;
    // No code or name matched: offer the closest names first, since a misspelling can still find loose full-text hits.
    const close = first ? [] : suggest(q, vocab);
    if (close.length && total > 0) items.unshift(didYouMean(close));
    if (total === 0) items.push(noResults(close));
    say(mine, total === 0 ? `No results for “${q}”.` : `${total} result${total === 1 ? '' : 's'} for “${q}”.`, items);
  };

  const say = (mine: number, message: string, items: HTMLElement[]) => {
    if (mine !== generation) return;
    status.textContent = message;
    out.replaceChildren(el('p', { className: 'font-semibold', ariaHidden: 'true' }, message), el('ol', { className: 'mt-3 space-y-5' }, ...items.map((i) => el('li', {}, i))));
  };

  const topCard = (entry: VocabEntry, why: string, href: string) =>
    el('div', { className: 'rounded border-2 border-brand p-3 dark:border-brand-dark' },
      el('h2', { className: 'text-xl font-bold' }, el('a', { href }, entry.title)),
      el('p', { className: 'mt-1 font-mono' }, codeLabel(entry)),
      ...statusNote(entry),
      el('p', { className: 'mt-1 text-sm' }, why));

  const statusNote = (entry?: VocabEntry) => {
    if (!entry?.status) return [];
    const note = el('p', { className: 'mt-1 font-semibold' }, entry.status);
    note.setAttribute('data-status', '');
    return [note];
  };

  const resultCard = (r: PagefindResult, entry?: VocabEntry) => {
    const card = el('div', {},
      el('h2', { className: 'text-lg font-bold' }, el('a', { href: r.url }, r.meta.title ?? r.url)),
      ...(entry ? [el('p', { className: 'mt-1' }, ...entry.codes.map(badge), ...(entry.formerCodes.length ? [el('span', { className: 'text-sm' }, formerText(entry.formerCodes))] : []))] : []),
      ...statusNote(entry),
      excerpt(r.excerpt));
    const subs = (r.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
    if (subs.length) card.append(el('ul', { className: 'mt-1 list-disc pl-6 text-sm' }, ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title)))));
    return card;
  };

  const didYouMean = (close: ReturnType<typeof suggest>) =>
    el('div', {}, el('p', {}, 'Did you mean:'), el('ul', { className: 'list-disc pl-6' }, ...close.map((s) => el('li', {}, el('a', { href: s.entry.url }, s.entry.title), ` (${codeLabel(s.entry)})`))));

  const noResults = (close: ReturnType<typeof suggest>) => {
    return el('div', {},
      ...(close.length ? [didYouMean(close)] : []),
      el('p', { className: 'mt-2' }, 'You can also look through ', el('a', { href: '/codes/' }, 'every exemption code'), ' or ', el('a', { href: '/categories/' }, 'all categories'), '.'));
  };

  let timer: number | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => { writeState(false); void render(); }, 120); });
  for (const s of selects) s.addEventListener('change', () => { writeState(true); void render(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); writeState(true); void render(); });
  window.addEventListener('popstate', () => { readState(); void render(); });
  readState();
  void render();
}
