import { formatCodeLine } from './code-line';
import { normalizeCode } from './codes';

/** What the search page knows about each category without the full-text index. */
export interface VocabEntry {
  slug: string;
  title: string;
  url: string;
  codes: string[];
  formerCodes: string[];
  aliases: string[];
  /** The status line when the scheme is not simply open ("Closed to new applicants. …"). */
  status?: string;
}

/** One code of the code index, as the search page needs it. */
export interface CodeHit {
  code: string;
  status: 'current' | 'former';
  slug: string;
  url: string;
}

/** The longest query read from a box or an address. */
export const MAX_QUERY = 200;

/** A query made safe to work with: control characters dropped, spaces folded, length capped. */
export function cleanQuery(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY);
}

/** Whether a query has anything to search for (letters or digits in any script). */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/** The category a code query points to: "c-43" → the guide for C43, named with its current codes. */
export function codeFirst(query: string, codes: CodeHit[], vocab: VocabEntry[]): { entry: VocabEntry; hit: CodeHit } | null {
  const code = normalizeCode(query);
  if (!code) return null;
  const hit = codes.find((c) => c.code === code && c.status === 'current') ?? codes.find((c) => c.code === code);
  const entry = hit && vocab.find((v) => v.slug === hit.slug);
  return hit && entry ? { entry, hit } : null;
}

/** Text reduced for matching: lower case, no accents, words separated by single spaces. */
export const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A category whose title or common name the query is, word for word ("pgwp", "tn visa", "Mobilité francophone"). */
export function nameFirst(query: string, vocab: VocabEntry[]): VocabEntry | null {
  const q = fold(query);
  if (!q) return null;
  return vocab.find((v) => [v.title, ...v.aliases].some((name) => fold(name) === q)) ?? null;
}

/**
 * Categories named by every word of the query, each word the start of a word of the same title or common name
 * ("spouse" → "Spouses of students"), titles before common names, for the results shown before the full-text index loads.
 */
export function nameMatches(query: string, vocab: VocabEntry[], limit = 5): VocabEntry[] {
  const words = fold(query)
    .split(' ')
    .filter((w) => w.length > 1);
  if (!words.length) return [];
  const named = (name: string) => {
    const nameWords = fold(name).split(' ');
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  };
  const rank = (v: VocabEntry) => (named(v.title) ? 0 : v.aliases.some(named) ? 1 : 2);
  return vocab
    .map((v) => ({ v, r: rank(v) }))
    .filter((x) => x.r < 2)
    .sort((a, b) => a.r - b.r || a.v.title.length - b.v.title.length)
    .slice(0, limit)
    .map((x) => x.v);
}

/** Edit distance (Levenshtein), capped: returns cap + 1 once it is certain to exceed cap. */
export function editDistance(a: string, b: string, cap = 10): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

export interface Suggestion {
  term: string;
  entry: VocabEntry;
  distance: number;
}

/** The closest titles, codes and common names to a query that found nothing: "did you mean…". */
export function suggest(query: string, vocab: VocabEntry[], limit = 3): Suggestion[] {
  const q = fold(query);
  if (!q) return [];
  const cap = Math.max(2, Math.floor(q.length / 3));
  const best = new Map<string, Suggestion>();
  for (const entry of vocab) {
    for (const term of [entry.title, ...entry.aliases, ...entry.codes, ...entry.formerCodes]) {
      const t = fold(term);
      // Compare with the whole term and with each of its words, so "transferes" finds "Intra-company transferees".
      const distance = Math.min(
        editDistance(q, t, cap),
        ...t
          .split(' ')
          .filter((w) => w.length > 3)
          .map((w) => editDistance(q, w, cap)),
      );
      if (distance > cap) continue;
      const seen = best.get(entry.slug);
      if (!seen || distance < seen.distance) best.set(entry.slug, { term, entry, distance });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.entry.title.localeCompare(b.entry.title)).slice(0, limit);
}

/** Pagefind's excerpt (escaped text with <mark> around matches) as plain parts, so it can be shown without innerHTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&');
  const parts: { text: string; mark: boolean }[] = [];
  let last = 0;
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1] ?? ''), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text.length > 0);
}

/** How a category is named in results: "C61, C62, C63 — formerly C12". */
export function codeLabel(entry: Pick<VocabEntry, 'codes' | 'formerCodes'>, word = 'formerly'): string {
  return formatCodeLine(entry.codes, entry.formerCodes, word);
}
