import { normalizeCode } from './codes';

export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;
/** The longest name or code the comparison's box takes. */
export const MAX_PICK_LENGTH = 100;

/** What the comparison needs to resolve a token: slugs, and codes (current and former) to slugs. */
export interface CompareLookup { slugs: string[]; codeToSlug: Record<string, string> }

export interface CompareState {
  /** Category slugs, in the order given, without duplicates. */
  chosen: string[];
  /** Plain-text notes about what could not be used. */
  notes: string[];
}

const MAX_TOKEN_SHOWN = 30;
const shown = (token: string) => (token.length > MAX_TOKEN_SHOWN ? `${token.slice(0, MAX_TOKEN_SHOWN)}…` : token);

/** A token from the address ("c43", "T-23", "cusma-professionals") → a slug, or null. */
export function resolveToken(token: string, lookup: CompareLookup): string | null {
  const t = token.trim().toLowerCase();
  if (lookup.slugs.includes(t)) return t;
  const code = normalizeCode(t);
  return code ? (lookup.codeToSlug[code] ?? null) : null;
}

/** Reads ?c=… into chosen categories plus notes on unknown, repeated or extra items. */
export function readCompareParam(raw: string | null | undefined, lookup: CompareLookup): CompareState {
  const tokens = (raw ?? '').split(',').map((t) => t.trim()).filter(Boolean).slice(0, 20);
  const chosen: string[] = [];
  const unknown: string[] = [];
  const extra: string[] = [];
  let repeated = 0;
  for (const token of tokens) {
    const slug = resolveToken(token, lookup);
    if (!slug) unknown.push(shown(token));
    else if (chosen.includes(slug)) repeated++;
    else if (chosen.length >= MAX_COMPARE) extra.push(shown(token));
    else chosen.push(slug);
  }
  const notes: string[] = [];
  if (unknown.length) notes.push(`Not recognised as a category or code: ${unknown.map((u) => `“${u}”`).join(', ')}.`);
  if (repeated) notes.push(`${repeated} repeated ${repeated === 1 ? 'item was' : 'items were'} shown once.`);
  if (extra.length) notes.push(`Up to ${MAX_COMPARE} categories can be compared; left out: ${extra.join(', ')}.`);
  return { chosen, notes };
}

