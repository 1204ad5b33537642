import { editDistance, fold, type CodeHit, type VocabEntry } from './search';
import { normalizeCode } from './codes';

export interface Suggestion {
  href: string;
  label: string;
}

/** What a missing address probably meant: a code (/c-12, /C12/) or a guide slug with a typo. */
export function notFoundSuggestions(pathname: string, vocab: VocabEntry[], codes: CodeHit[]): Suggestion[] {
  const parts = pathname.toLowerCase().split('/').filter(Boolean);
  const last = parts.at(-1) ?? '';
  const code = normalizeCode(last);
  const hit = code ? codes.find((c) => c.code === code) : undefined;
  if (hit) {
    const entry = vocab.find((v) => v.slug === hit.slug);
    return [{ href: hit.url, label: `${entry?.title ?? hit.slug} (${hit.code})` }];
  }
  // An alias, abbreviation or title typed as a path: /categories/pgwp/, /working-holiday/, /IEC/.
  const word = fold(decodeURIComponent(last));
  const named = vocab.find((v) => [v.title, ...v.aliases].some((n) => fold(n) === word));
  if (named) return [{ href: named.url, label: named.title }];
  return vocab
    .map((v) => ({ v, d: editDistance(last, v.slug, 6) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(last.length / 4)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ v }) => ({ href: v.url, label: v.title }));
}
