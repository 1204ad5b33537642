// Glossary terms and their first use on a page. Pure: the Markdown plugin and the email summary both use it.

export interface GlossaryTerm {
  id: string;
  term: string;
  expansion?: string | undefined;
  definition: string;
  /** Exact, case-sensitive forms in page text that link to the term on first use. */
  match: string[];
  source: string;
}

export type Piece = { text: string } | { text: string; term: GlossaryTerm };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for every form, longest first, matched as whole words. */
function pattern(terms: GlossaryTerm[]): RegExp | null {
  const forms = terms.flatMap((t) => t.match).sort((a, b) => b.length - a.length);
  return forms.length ? new RegExp(`(?<![\\p{L}\\p{N}/#-])(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : null;
}

/**
 * Splits a text so the first use of each term on the page becomes its own piece. `used` holds the ids already linked
 * on this page and is updated, so later texts of the same page link nothing twice.
 */
export function firstUses(text: string, terms: GlossaryTerm[], used: Set<string>): Piece[] {
  const re = pattern(terms);
  if (!re) return [{ text }];
  const byForm = new Map(terms.flatMap((t) => t.match.map((m) => [m, t] as const)));
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const term = byForm.get(m[0])!;
    if (used.has(term.id)) continue;
    used.add(term.id);
    if (m.index! > at) pieces.push({ text: text.slice(at, m.index) });
    pieces.push({ text: m[0], term });
    at = m.index! + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces.length ? pieces : [{ text }];
}

/** The abbreviations a text uses, spelled out ("IRCC: Immigration, Refugees and Citizenship Canada"), in order of first use. */
export function spelledOut(text: string, terms: GlossaryTerm[]): string[] {
  return firstUses(
    text,
    terms.filter((t) => t.expansion),
    new Set(),
  ).flatMap((p) => ('term' in p && p.text.toLowerCase() !== p.term.expansion!.toLowerCase() ? [`${p.text}: ${p.term.expansion}`] : []));
}
