// Checks of the French edition against the English: the facts a translation must carry over, and the forms French text must not use.

const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * The codes, numbers, amounts and dates of a text, in one form for either language: dates as YYYY-MM-DD, codes as
 * written (C43), other numbers without separators or units ("CAD 1,500" and « 1 500 $ » are both 1500).
 */
export function factTokens(text: string): Set<string> {
  const out = new Set<string>();
  let rest = text.replace(/https?:\/\/\S+/g, ' ').replace(/\/[a-z0-9/#.-]*\//gi, ' ');
  const months = [...MONTHS_EN, ...MONTHS_FR].join('|');
  const take = (re: RegExp, f: (m: RegExpMatchArray) => string) => {
    rest = rest.replace(re, (...args) => {
      out.add(f(args as unknown as RegExpMatchArray));
      return ' ';
    });
  };
  // "21 January 2025", « le 1er juillet 2020 »
  take(new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${months})\\s+(\\d{4})\\b`, 'giu'), (m) => `${m[3]}-${pad(monthIndex(m[2]!))}-${pad(m[1]!)}`);
  // "January 21, 2025"
  take(new RegExp(`\\b(${months})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'giu'), (m) => `${m[3]}-${pad(monthIndex(m[1]!))}-${pad(m[2]!)}`);
  take(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => `${m[1]}-${m[2]}-${m[3]}`);
  take(/\b([A-Z]\d{2})\b/g, (m) => m[1]!);
  // Numbers: digits with thousands separators (comma, space, narrow or non-breaking space), and decimals.
  take(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g, (m) =>
    m[0]!.replace(/[,\u00a0\u202f ](?=\d{3}\b)/g, '').replace(',', '.'),
  );
  return out;
}

function monthIndex(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS_EN.indexOf(n);
  return (i >= 0 ? i : MONTHS_FR.indexOf(n)) + 1;
}

/** What one text has that the other lacks, each way. */
export function tokenDifferences(english: string, french: string): { missingInFrench: string[]; extraInFrench: string[] } {
  const en = factTokens(english);
  const fr = factTokens(french);
  return { missingInFrench: [...en].filter((t) => !fr.has(t)).sort(), extraInFrench: [...fr].filter((t) => !en.has(t)).sort() };
}

/** Forms that do not belong in French running text, each with why. */
export const BANNED_FRENCH: { re: RegExp; why: string }[] = [
  { re: /\bCAD\s?\d/g, why: 'amounts are written « 230 $ » in French' },
  {
    re: /\b(PGWP|LMIA|BOWP|IEC|ICT|CUSMA|CETA|CUKTCA|CPTPP|DLI|IRPR)\b/g,
    why: 'an English abbreviation (French: PTPD, EIMT, PTOT, EIC, PMIS, ACEUM, AECG, ACCCRU, PTPGP, EED, RIPR)',
  },
  { re: /travailleurs? mutés?/gi, why: "IRCC writes « personnes mutées à l'intérieur d'une société »" },
  { re: /\bACCRU\b/g, why: 'the acronym is ACCCRU (three Cs)' },
  {
    re: /statut (conservé|maintenu)/gi,
    why: "IRCC's term is « maintien du statut » (its page « Maintien du statut au cours du traitement »)",
  },
  { re: /[ \u00a0\u202f][;!?]/g, why: 'no space before ; ! ? in Canadian French' },
];

/** The banned forms a French text uses, with the reason. */
export function bannedFrench(text: string): string[] {
  return BANNED_FRENCH.flatMap(({ re, why }) => [...text.matchAll(re)].map((m) => `“${m[0]}”: ${why}`));
}
