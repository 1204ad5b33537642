// Flesch–Kincaid grade of a guide's prose, counted the way a reader meets it: every paragraph and list item ends a sentence.
// Words, syllables and sentences come from the text-readability package; the formula is applied here without its rounding
// of the two averages (which moved a page by a whole grade for a change of one syllable in a hundred words).
import rs from 'text-readability';

/** The prose of an MDX body: no frontmatter, headings, heading ids, link addresses or list markers; one block per line. */
export function proseLines(mdx: string): string[] {
  return mdx
    .replace(/^---[\s\S]*?\n---/, '')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .map((line) =>
      line
        .replace(/\{#[a-z0-9-]+\}/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/[[\]*_`>|]/g, ' ')
        .replace(/^\s*(?:[-+]|\d+\.)\s+/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** Words after an elided article or pronoun (l', d', qu') are measured without it. */
const longWords = (line: string) =>
  (line.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? []).filter(
    (w) => w.replace(/^(?:qu|[\p{L}])['’]/u, '').replace(/['’-]/g, '').length > 6,
  ).length;

/** The counts both formulas need, summed over a page's lines (each line ends a sentence). */
function counts(lines: string[]) {
  const total = { words: 0, sentences: 0, syllables: 0, long: 0 };
  for (const line of lines) {
    total.words += rs.lexiconCount(line);
    total.sentences += rs.sentenceCount(line);
    total.syllables += rs.syllableCount(line);
    total.long += longWords(line);
  }
  return total;
}

export function fleschKincaidGrade(lines: string[]): number {
  const { words, sentences, syllables } = counts(lines);
  if (!words) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * LIX (Björnsson): words per sentence plus the share of words longer than 6 letters, in percent. It needs no syllable
 * count, so it reads French as well as English; no maintained package offers a French formula (Kandel–Moles needs French
 * syllables), so the two terms are computed here. Under 40 reads easily; 40 to 50 is ordinary; over 50 is hard.
 */
export function lix(lines: string[]): number {
  const { words, sentences, long } = counts(lines);
  if (!words) return 0;
  return words / sentences + (100 * long) / words;
}
