// The search page's behaviour. The address (?q=…&group=…&permit=…) is the state: reload, back and shared links restore it.
import { el } from './dom';
import {
  cleanQuery,
  codeFirst,
  codeLabel,
  excerptParts,
  isSearchable,
  nameFirst,
  nameMatches,
  suggest,
  type CodeHit,
  type VocabEntry,
} from '../lib/search';
import { everydayQuery, fallbackQueries } from '../lib/search-words';
import { formerText } from '../lib/code-line';
import { fill } from '../lib/fill';
import type { Lang } from '../lib/paths';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface SearchData {
  vocab: VocabEntry[];
  codes: CodeHit[];
  strings: Record<string, string>;
  legacy: Record<string, Record<string, string>>;
  links: { codes: string; categories: string };
  lang: Lang;
}

const PAGEFIND = '/pagefind/pagefind.js';
/** Results drawn at first, then this many more each time the reader asks. */
const PAGE = 5;
let pagefind: Promise<Pagefind> | null = null;
// Loaded on the first search only, so nothing is downloaded before the reader asks. Without its worker: the worker is a
// second copy of Pagefind's code (12 KB), and one search at a time gains nothing from a thread of its own.
const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 24, noWorker: true });
    return p;
  }));

const badge = (text: string) => el('span', { className: 'mr-1 rounded border border-current px-1.5 font-mono text-sm font-bold' }, text);

function excerpt(html: string): HTMLElement {
  return el('p', { className: 'mt-1 break-words' }, ...excerptParts(html).map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));
}

export function runSearchElement(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const out = root.querySelector<HTMLElement>('[data-search-results]')!;
  const data = JSON.parse(root.querySelector('[data-search-vocab]')?.textContent ?? '{}') as SearchData;
  const { vocab, codes, links } = data;
  const s = data.strings;
  const byUrl = new Map(vocab.map((v) => [v.url, v]));
  let generation = 0;

  const readState = () => {
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q'));
    for (const sel of selects) {
      const raw = params.get(sel.name) ?? '';
      const value = data.legacy[sel.name]?.[raw] ?? raw;
      sel.value = [...sel.options].some((o) => o.value === value) ? value : '';
    }
  };
  const writeState = (push: boolean) => {
    const params = new URLSearchParams();
    const q = cleanQuery(input.value);
    if (q) params.set('q', q);
    for (const sel of selects) if (sel.value) params.set(sel.name, sel.value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const render = async () => {
    const mine = ++generation;
    const q = cleanQuery(input.value);
    const filters = Object.fromEntries(selects.filter((x) => x.value).map((x) => [x.name, x.value]));
    out.replaceChildren();
    if (!q) {
      status.textContent = '';
      return;
    }
    if (!isSearchable(q)) {
      say(mine, s.typeSomething!, [], null);
      return;
    }
    const top = codeFirst(q, codes, vocab);
    const named = top ? null : nameFirst(q, vocab);
    const first = top?.entry ?? named;
    const items: HTMLElement[] = [];
    if (first)
      items.push(
        topCard(
          first,
          top
            ? top.hit.status === 'former'
              ? fill(s.formerCode!, { code: top.hit.code, now: first.codes.join(', ') })
              : top.hit.code
            : fill(s.alsoCalled!, { q }),
          top?.hit.url ?? first.url,
        ),
      );
    // The categories named by the query are shown at once, from the page's own vocabulary, while the index loads.
    const byName = nameMatches(everydayQuery(q, data.lang), vocab).filter((v) => v !== first);
    if (items.length || byName.length) {
      out.replaceChildren(
        el('p', { className: 'text-sm' }, s.namesFirst!),
        namesList(...items.map((i) => el('li', {}, i.cloneNode(true))), ...byName.map((v) => el('li', {}, nameCard(v)))),
      );
    }
    let hits: { data(): Promise<PagefindResult> }[] = [];
    try {
      const pf = await loadPagefind();
      for (const attempt of fallbackQueries(everydayQuery(q, data.lang))) {
        hits = (await pf.search(attempt, { filters }))?.results ?? [];
        if (hits.length || mine !== generation) break;
      }
    } catch {
      if (mine === generation) items.push(el('p', {}, s.couldNotLoad!));
    }
    if (mine !== generation) return;
    const rest = hits;
    const firstPath = first?.url;
    // Only the results shown are fetched; the count is the number of pages the full-text index matched
    // (the best match by code or name is one of them, or the only result when the index matched nothing).
    const total = rest.length || (first ? 1 : 0);
    const list = el('ol', { className: 'mt-3 space-y-5' });
    const more = el('button', {
      type: 'button',
      className: 'mt-4 rounded border border-brand px-3 py-1.5 font-semibold text-brand dark:border-brand-dark dark:text-brand-dark',
      textContent: s.more!,
    });
    let shown = 0;
    const showMore = async () => {
      const batch = await Promise.all(rest.slice(shown, shown + PAGE).map((r) => r.data()));
      shown += batch.length;
      if (mine !== generation) return;
      for (const r of batch) {
        const path = new URL(r.url, location.origin).pathname;
        if (path === firstPath) continue;
        list.append(el('li', {}, resultCard(r, byUrl.get(path))));
      }
      more.hidden = shown >= rest.length;
      progress.textContent = rest.length > PAGE ? fill(s.showing!, { shown, n: total }) : '';
    };
    const progress = el('p', { className: 'mt-2 text-sm' });
    more.addEventListener('click', () => void showMore());
    for (const i of items) list.append(el('li', {}, i));
    // No code or name matched: offer the closest names first, since a misspelling can still find loose full-text hits.
    const close = first ? [] : suggest(q, vocab);
    if (close.length && rest.length > 0) list.prepend(el('li', {}, didYouMean(close)));
    if (total === 0) list.append(el('li', {}, noResults(close)));
    const message =
      total === 0 ? fill(s.noResults!, { q }) : total === 1 ? fill(s.resultsOne!, { q }) : fill(s.resultsMany!, { n: total, q });
    say(mine, message, [list, progress, more], showMore);
  };

  const say = async (mine: number, message: string, parts: HTMLElement[], load: (() => Promise<void>) | null) => {
    if (mine !== generation) return;
    if (load) await load();
    if (mine !== generation) return;
    status.textContent = message;
    out.replaceChildren(el('p', { className: 'font-semibold', ariaHidden: 'true' }, message), ...parts);
  };

  const statusNote = (entry?: VocabEntry) => {
    if (!entry?.status) return [];
    const note = el('p', { className: 'mt-1 font-semibold' }, entry.status);
    note.setAttribute('data-status', '');
    return [note];
  };

  const topCard = (entry: VocabEntry, why: string, href: string) =>
    el(
      'div',
      { className: 'rounded border-2 border-brand p-3 dark:border-brand-dark' },
      el('h2', { className: 'text-xl font-bold' }, el('a', { href }, entry.title)),
      el('p', { className: 'mt-1 font-mono' }, codeLabel(entry, s.formerly)),
      ...statusNote(entry),
      el('p', { className: 'mt-1 text-sm' }, why),
    );

  const namesList = (...items: HTMLElement[]) => {
    const list = el('ol', { className: 'mt-3 space-y-5' }, ...items);
    list.dataset.namesFirst = '';
    return list;
  };

  const codeBadges = (entry: VocabEntry) =>
    el(
      'p',
      { className: 'mt-1 flex flex-wrap items-center gap-y-1' },
      ...entry.codes.map(badge),
      ...(entry.formerCodes.length ? [el('span', { className: 'text-sm' }, formerText(entry.formerCodes, s.formerly))] : []),
    );

  const nameCard = (entry: VocabEntry) =>
    el(
      'div',
      { className: 'min-w-0' },
      el('h2', { className: 'text-lg font-bold' }, el('a', { href: entry.url }, entry.title)),
      codeBadges(entry),
      ...statusNote(entry),
    );

  const resultCard = (r: PagefindResult, entry?: VocabEntry) => {
    const card = el(
      'div',
      { className: 'min-w-0' },
      el('h2', { className: 'text-lg font-bold' }, el('a', { href: r.url }, r.meta.title ?? r.url)),
      ...(entry ? [codeBadges(entry)] : []),
      ...statusNote(entry),
      excerpt(r.excerpt),
    );
    const subs = (r.sub_results ?? []).filter((x) => x.url.includes('#')).slice(0, 3);
    if (subs.length)
      card.append(
        el(
          'ul',
          { className: 'mt-1 list-disc space-y-2 pl-6 text-sm leading-6' },
          ...subs.map((x) => el('li', {}, el('a', { href: x.url }, x.title))),
        ),
      );
    return card;
  };

  const didYouMean = (close: ReturnType<typeof suggest>) =>
    el(
      'div',
      {},
      el('p', {}, s.didYouMean!),
      el(
        'ul',
        { className: 'list-disc pl-6' },
        ...close.map((x) => el('li', {}, el('a', { href: x.entry.url }, x.entry.title), ` (${codeLabel(x.entry, s.formerly)})`)),
      ),
    );

  const noResults = (close: ReturnType<typeof suggest>) =>
    el(
      'div',
      {},
      ...(close.length ? [didYouMean(close)] : []),
      el(
        'p',
        { className: 'mt-2' },
        `${s.lookThrough} `,
        el('a', { href: links.codes }, s.everyCode!),
        ` ${s.or} `,
        el('a', { href: links.categories }, s.allCategories!),
        '.',
      ),
    );

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      writeState(false);
      void render();
    }, 120);
  });
  for (const sel of selects)
    sel.addEventListener('change', () => {
      writeState(true);
      void render();
    });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    writeState(true);
    void render();
  });
  window.addEventListener('popstate', () => {
    readState();
    void render();
  });
  readState();
  void render();
}
