// The comparison island. The address (?c=…) is the state: reload, back, forward and pasted links restore it.
// The facts come from the category cards already on the page, so they are shipped once.
import { el } from './dom';
import { comparePath, type Lang } from '../lib/paths';
import {
  MAX_COMPARE,
  MIN_COMPARE,
  MAX_TOKEN_SHOWN,
  readCompareParam,
  resolveToken,
  nameKey,
  type CompareLookup,
  type CompareNote,
} from '../lib/compare';
import { fill } from '../lib/fill';

type Strings = Record<string, string>;
interface IslandData {
  lookup: CompareLookup;
  labels: Record<string, string>;
  strings: Strings;
  lang: Lang;
}
interface Card {
  slug: string;
  title: string;
  url: string;
  facts: { key: string; label: string; value: string }[];
}

function readCards(): Map<string, Card> {
  const cards = new Map<string, Card>();
  for (const node of document.querySelectorAll<HTMLElement>('[data-compare-card]')) {
    const link = node.querySelector<HTMLAnchorElement>('[data-title]')!;
    const facts = [...node.querySelectorAll<HTMLElement>('dd[data-fact]')].map((dd) => ({
      key: dd.dataset.fact!,
      label: dd.previousElementSibling?.textContent ?? '',
      value: dd.textContent ?? '',
    }));
    cards.set(node.dataset.compareCard!, {
      slug: node.dataset.compareCard!,
      title: link.textContent ?? '',
      url: link.getAttribute('href') ?? '',
      facts,
    });
  }
  return cards;
}

export function runCompareIsland(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-compare-data]')?.textContent ?? '{}') as IslandData;
  const s = data.strings;
  const cards = readCards();
  const byLabel = new Map(Object.entries(data.labels).map(([slug, label]) => [nameKey(label), slug]));
  const form = root.querySelector<HTMLFormElement>('[data-compare-add]')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const chosenList = root.querySelector<HTMLElement>('[data-compare-chosen]')!;
  const tableBox = root.querySelector<HTMLElement>('[data-compare-table]')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-compare-copy]')!;
  const copied = root.querySelector<HTMLElement>('[data-copy-feedback]')!;
  let chosen: string[] = [];
  const title = (slug: string) => cards.get(slug)?.title ?? slug;

  const noteText = (n: CompareNote) =>
    n.kind === 'unknown'
      ? fill(s.unknown!, { items: n.items.map((i) => `“${i}”`).join(', ') })
      : n.kind === 'repeated'
        ? n.count === 1
          ? s.repeatedOne!
          : fill(s.repeatedMany!, { count: n.count })
        : fill(s.extra!, { max: MAX_COMPARE, items: n.items.join(', ') });

  const go = (next: string[], note: string[] = []) => {
    chosen = next;
    history.pushState(null, '', comparePath(chosen, data.lang));
    render(note);
  };

  const render = (messages: string[]) => {
    const all = [...messages];
    if (chosen.length < MIN_COMPARE) all.push(chosen.length === 0 ? s.chooseTwo! : s.chooseOne!);
    status.replaceChildren(...all.map((m) => el('p', {}, m)));
    chosenList.replaceChildren(
      ...chosen.map((slug) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              className: 'rounded border border-slate-500 px-2 py-1',
              onclick: () =>
                go(
                  chosen.filter((x) => x !== slug),
                  [fill(s.removed!, { title: title(slug) })],
                ),
            },
            fill(s.remove!, { title: title(slug) }),
          ),
        ),
      ),
    );
    tableBox.replaceChildren(chosen.length ? comparison() : '');
    copy.hidden = chosen.length === 0;
    copied.textContent = '';
  };

  // One fact per row; the categories side by side from a small screen up, stacked on a phone, never wider than the page.
  const comparison = () => {
    const picked = chosen.map((slug) => cards.get(slug)!).filter(Boolean);
    const cols = ['', 'sm:grid-cols-1', 'sm:grid-cols-2', 'sm:grid-cols-3', 'sm:grid-cols-4'][picked.length] ?? '';
    const rows = picked[0]?.facts ?? [];
    return el(
      'div',
      { className: 'max-w-full', role: 'group', ariaLabel: fill(s.caption!, { titles: picked.map((p) => p.title).join(', ') }) },
      el(
        'div',
        { className: `hidden gap-4 border-b-2 border-slate-500 pb-2 sm:grid ${cols}`, ariaHidden: 'true' },
        ...picked.map((p) => el('p', { className: 'font-bold' }, el('a', { href: p.url, tabIndex: -1 }, p.title))),
      ),
      ...rows.map((row) =>
        el(
          'section',
          { className: 'border-b border-slate-300 py-3 dark:border-slate-700' },
          el('h3', { className: 'font-semibold' }, row.label),
          el(
            'dl',
            { className: `mt-1 grid gap-x-4 gap-y-2 ${cols}` },
            ...picked.map((p) =>
              el(
                'div',
                { className: 'min-w-0 break-words' },
                el(
                  'dt',
                  { className: 'text-sm font-semibold text-slate-700 dark:text-slate-300 sm:sr-only' },
                  el('a', { href: p.url }, p.title),
                ),
                el('dd', {}, p.facts.find((f) => f.key === row.key)?.value ?? ''),
              ),
            ),
          ),
        ),
      ),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    const slug = byLabel.get(nameKey(value)) ?? resolveToken(value, data.lookup);
    if (!slug || !cards.has(slug)) return render([fill(s.unknown!, { items: `“${value.slice(0, MAX_TOKEN_SHOWN)}”` })]);
    if (chosen.includes(slug)) return render([fill(s.already!, { title: title(slug) })]);
    if (chosen.length >= MAX_COMPARE) return render([fill(s.full!, { max: MAX_COMPARE })]);
    input.value = '';
    go([...chosen, slug], [fill(s.added!, { title: title(slug) })]);
  });

  copy.addEventListener('click', async () => {
    const url = new URL(comparePath(chosen, data.lang), location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      copied.textContent = s.copied!;
    } catch {
      copied.textContent = fill(s.copyThis!, { url });
    }
  });

  const fromAddress = () => {
    const state = readCompareParam(new URLSearchParams(location.search).get('c'), data.lookup);
    chosen = state.chosen.filter((slug) => cards.has(slug));
    render(state.notes.map(noteText));
  };
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}
