import { normalizeCode } from './codes';

export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;
/** The longest name or code the comparison's box takes. */
export const MAX_PICK_LENGTH = 100;
/** The longest part of an unknown item repeated back to the reader. */
export const MAX_TOKEN_SHOWN = 30;

/** What the comparison needs to resolve a token: slugs, codes (current and former) and names (titles, common names) to slugs. */
export interface CompareLookup {
  slugs: string[];
  codeToSlug: Record<string, string>;
  nameToSlug: Record<string, string>;
}

/** Why some items of the address were not used; the page words them in its language. */
export type CompareNote = { kind: 'unknown'; items: string[] } | { kind: 'repeated'; count: number } | { kind: 'extra'; items: string[] };

export interface CompareState {
  /** Category slugs, in the order given, without duplicates. */
  chosen: string[];
  notes: CompareNote[];
}

const shown = (token: string) => (token.length > MAX_TOKEN_SHOWN ? `${token.slice(0, MAX_TOKEN_SHOWN)}…` : token);

/** A name as typed ("Working Holiday", "working-holiday", "PGWP") in the one form the lookup keys use. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The names a category answers to in the comparison: its title and common names. */
export function namesLookup(categories: { id: string; data: { title: string; aliases: string[] } }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of categories) for (const n of [c.data.title, ...c.data.aliases]) out[nameKey(n)] ??= c.id;
  return out;
}

/** A token ("c43", "T-23", "cusma-professionals", "PGWP", "working holiday") → a slug, or null. */
export function resolveToken(token: string, lookup: CompareLookup): string | null {
  const t = token.trim().toLowerCase();
  if (lookup.slugs.includes(t)) return t;
  const code = normalizeCode(t);
  if (code && lookup.codeToSlug[code]) return lookup.codeToSlug[code];
  return lookup.nameToSlug[nameKey(t)] ?? null;
}

/** Reads ?c=… into chosen categories plus notes on unknown, repeated or extra items. */
export function readCompareParam(raw: string | null | undefined, lookup: CompareLookup): CompareState {
  const tokens = (raw ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 20);
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
  const notes: CompareNote[] = [];
  if (unknown.length) notes.push({ kind: 'unknown', items: unknown });
  if (repeated) notes.push({ kind: 'repeated', count: repeated });
  if (extra.length) notes.push({ kind: 'extra', items: extra });
  return { chosen, notes };
}
