/** The longest text the table filter box takes. */
export const MAX_FILTER_LENGTH = 100;

import { normalizeCode } from './codes';

/** Whether a row's text matches what the reader typed: every word must appear; "c-43" is read as "C43". */
export function matchesFilter(rowText: string, query: string): boolean {
  const haystack = rowText.toLowerCase();
  const code = normalizeCode(query);
  if (code) return haystack.includes(code.toLowerCase());
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
