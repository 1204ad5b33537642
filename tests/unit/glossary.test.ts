import { describe, expect, it } from 'vitest';
import { firstUses, spelledOut, type GlossaryTerm } from '../../src/lib/glossary';

const term = (id: string, match: string[], expansion?: string): GlossaryTerm => ({
  id,
  term: match[0] ?? id,
  match,
  expansion,
  definition: 'A definition for the test.',
  source: 'https://www.canada.ca/x.html',
});
const terms = [
  term('ircc', ['IRCC'], 'Immigration, Refugees and Citizenship Canada'),
  term('teer', ['TEER'], 'Training, Education, Experience and Responsibilities'),
  term('pr', ['PR'], 'permanent residence'),
  term('maintained-status', ['maintained status']),
];
const linked = (pieces: ReturnType<typeof firstUses>) => pieces.filter((p) => 'term' in p).map((p) => p.text);

describe('first use of a glossary term', () => {
  it('links each term once per page, across the texts of the page', () => {
    const used = new Set<string>();
    expect(linked(firstUses('IRCC checks the TEER. IRCC again.', terms, used))).toEqual(['IRCC', 'TEER']);
    expect(linked(firstUses('Then IRCC, and maintained status.', terms, used))).toEqual(['maintained status']);
  });
  it('keeps the text around it whole', () => {
    expect(
      firstUses('Ask IRCC now.', terms, new Set())
        .map((p) => p.text)
        .join(''),
    ).toBe('Ask IRCC now.');
  });
  it('matches whole words only, and codes or paths are not words', () => {
    expect(linked(firstUses('PRINT, SPR, PR-1, /pr/ and APR', terms, new Set()))).toEqual([]);
    expect(linked(firstUses('Apply for PR.', terms, new Set()))).toEqual(['PR']);
  });
});

describe('the email summary spells out its abbreviations', () => {
  it('in order of first use, abbreviations only', () => {
    expect(spelledOut('TEER 0 jobs; ask IRCC; maintained status', terms)).toEqual([
      'TEER: Training, Education, Experience and Responsibilities',
      'IRCC: Immigration, Refugees and Citizenship Canada',
    ]);
  });
});
