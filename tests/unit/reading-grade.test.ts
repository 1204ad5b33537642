import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, lix, proseLines } from '../../src/lib/reading-grade';

describe('reading grade', () => {
  it('keeps only prose: no frontmatter, headings, ids, link addresses or list markers', () => {
    const mdx =
      '---\ntitle: X\n---\n## Who it is for {#who}\n\nSee [the page](https://www.canada.ca/x.html) now.\n\n- first item\n1. second item\n';
    expect(proseLines(mdx)).toEqual(['See  the page  now.', 'first item', 'second item']);
  });

  it('applies Flesch–Kincaid without rounding the averages', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59.
    expect(fleschKincaidGrade(['The cat sat on the mat.'])).toBeCloseTo(-1.45, 5);
  });

  it('counts each list item as a sentence, as a reader meets it', () => {
    const asList = fleschKincaidGrade(['You must:', 'have a job offer', 'pay the fee to the bank']);
    const asOneSentence = fleschKincaidGrade(['You must: have a job offer, pay the fee to the bank.']);
    expect(asList).toBeLessThan(asOneSentence);
  });
});

describe('LIX, for French as for English', () => {
  it('adds words per sentence and the percentage of words over 6 letters', () => {
    expect(lix(['Le chat dort. Il fait beau.'])).toBeCloseTo(3, 5);
    expect(lix(['Les travailleurs étrangers demandent.'])).toBeCloseTo(4 + 75, 5);
  });
  it("measures a word after its elided article: « d'accord » is 6 letters, « l'employeur » 9", () => {
    expect(lix(["Je suis d'accord."])).toBeCloseTo(3, 5);
    expect(lix(["Voyez l'employeur."])).toBeCloseTo(2 + 50, 5);
  });
});
