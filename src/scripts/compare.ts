// The comparison island's behaviour. The address (?c=…) is the state: reload, back, forward and pasted links restore it.
import { el } from './dom';
import { comparePath } from '../lib/paths';
import { MAX_COMPARE, MIN_COMPARE, readCompareParam, resolveToken, type CompareLookup } from '../lib/compare';
import type { CompareRecord } from '../lib/compare-data';

interface IslandData { records: CompareRecord[]; lookup: CompareLookup; labels: Record<string, string>; rows: { key: keyof CompareRecord['facts']; label: string }[] }

export function runCompareIsland(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-compare-data]')?.textContent ?? '{}') as IslandData;
  const bySlug = new Map(data.records.map((r) => [r.slug, r]));
  const byLabel = new Map(Object.entries(data.labels).map(([slug, label]) => [label.toLowerCase(), slug]));
  const form = root.querySelector<HTMLFormElement>('[data-compare-add]')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const chosenList = root.querySelector<HTMLElement>('[data-compare-chosen]')!;
  const tableBox = root.querySelector<HTMLElement>('[data-compare-table]')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-compare-copy]')!;
  let chosen: string[] = [];

  const go = (next: string[], note: string[] = []) => {
    chosen = next;
    history.pushState(null, '', comparePath(chosen));
    render(note);
  };

  const render = (notes: string[]) => {
    const messages = [...notes];
    if (chosen.length < MIN_COMPARE) messages.push(chosen.length === 0 ? 'Choose at least two categories to compare.' : 'Choose one more category to compare.');
    status.replaceChildren(...messages.map((m) => el('p', {}, m)));
    chosenList.replaceChildren(...chosen.map((slug) => el('li', {},
      el('button', { type: 'button', className: 'rounded border border-slate-500 px-2 py-1', onclick: () => go(chosen.filter((s) => s !== slug), [`Removed ${bySlug.get(slug)?.title}.`]) },
        `Remove ${bySlug.get(slug)?.title ?? slug}`))));
    tableBox.replaceChildren(chosen.length ? table() : '');
    copy.hidden = chosen.length === 0;
  };

  const table = () => {
    const records = chosen.map((s) => bySlug.get(s)!).filter(Boolean);
    const sticky = 'sticky left-0 bg-paper dark:bg-night';
    return el('table', { className: 'w-full min-w-[36rem] border-collapse text-left align-top' },
      el('caption', { className: 'sr-only' }, `Comparison of ${records.map((r) => r.title).join(', ')}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', className: `${sticky} p-2 w-40` }, 'Fact'),
        ...records.map((r) => el('th', { scope: 'col', className: 'p-2 align-top' }, el('a', { href: r.url }, r.title))))),
      el('tbody', {}, ...data.rows.map((row) => el('tr', { className: 'border-t border-slate-300 dark:border-slate-700' },
        el('th', { scope: 'row', className: `${sticky} p-2 align-top font-semibold` }, row.label),
        ...records.map((r) => el('td', { className: 'p-2 align-top' }, r.facts[row.key]))))));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    const slug = byLabel.get(value.toLowerCase()) ?? resolveToken(value, data.lookup);
    if (!slug) return render([`Not recognised as a category or code: “${value.slice(0, 30)}”.`]);
    if (chosen.includes(slug)) return render([`${bySlug.get(slug)?.title} is already in the comparison.`]);
    if (chosen.length >= MAX_COMPARE) return render([`Up to ${MAX_COMPARE} categories can be compared. Remove one first.`]);
    input.value = '';
    go([...chosen, slug], [`Added ${bySlug.get(slug)?.title}.`]);
  });

  copy.addEventListener('click', async () => {
    const url = new URL(comparePath(chosen), location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      render(['Link copied.']);
    } catch {
      render([`Copy this link: ${url}`]);
    }
  });

  const fromAddress = () => {
    const state = readCompareParam(new URLSearchParams(location.search).get('c'), data.lookup);
    chosen = state.chosen;
    render(state.notes);
  };
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}
