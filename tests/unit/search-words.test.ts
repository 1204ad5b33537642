import { describe, expect, it } from 'vitest';
import { everydayQuery, fallbackQueries, withPlainApostrophes } from '../../src/lib/search-words';

describe('everyday words in search', () => {
  it("turn a reader's question into the guide's words", () => {
    expect(everydayQuery("My wife is studying a master's in Toronto. Can I work?")).toBe('spouse student master toronto work');
    expect(everydayQuery('husband job')).toBe('spouse work');
    expect(everydayQuery('kids school')).toBe('children school');
    expect(everydayQuery('nanny')).toBe('caregiver');
    expect(everydayQuery('priest')).toBe('religious');
    expect(everydayQuery('postdoc')).toBe('post-doctoral');
    expect(everydayQuery('internship')).toBe('co-op');
  });
  it('in French too', () => {
    expect(everydayQuery('Ma femme étudie à Montréal, puis-je travailler ?', 'fr')).toBe('conjoint étudiant montréal travail');
  });
  it('leave codes and plain terms alone, and keep a query made only of small words', () => {
    expect(everydayQuery('C43')).toBe('c43');
    expect(everydayQuery('open work permit')).toBe('open work permit');
    expect(everydayQuery('can I')).toBe('can I');
  });
});

describe('queries to try when a word matches nothing', () => {
  it('all words, then one left out (the last first), then each alone', () => {
    expect(fallbackQueries('spouse student toronto')).toEqual([
      'spouse student toronto',
      'spouse student',
      'spouse toronto',
      'student toronto',
      'spouse',
      'student',
      'toronto',
    ]);
    expect(fallbackQueries('c43')).toEqual(['c43']);
  });
});

describe('the page the search index reads', () => {
  it('has the plain apostrophe between letters, where Pagefind splits words', () => {
    expect(withPlainApostrophes('<h1>Époux et conjoints de fait d’étudiants</h1><p>IRCC’s page, « 1’000 »</p>')).toBe(
      "<h1>Époux et conjoints de fait d'étudiants</h1><p>IRCC's page, « 1’000 »</p>",
    );
    expect(withPlainApostrophes('‘quoted’ words’')).toBe('‘quoted’ words’');
  });
});
