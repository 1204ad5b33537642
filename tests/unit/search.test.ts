import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  codeFirst,
  codeLabel,
  excerptParts,
  editDistance,
  isSearchable,
  nameFirst,
  nameMatches,
  suggest,
  type CodeHit,
  type VocabEntry,
} from '../../src/lib/search';

const vocab: VocabEntry[] = [
  {
    slug: 'intra-company-transferees',
    title: 'Intra-company transferees',
    url: '/categories/intra-company-transferees/',
    codes: ['C61', 'C62', 'C63'],
    formerCodes: ['C12'],
    aliases: ['ICT', 'L-1'],
  },
  {
    slug: 'post-graduation-work-permit',
    title: 'Post-graduation work permit',
    url: '/categories/post-graduation-work-permit/',
    codes: ['C43'],
    formerCodes: [],
    aliases: ['PGWP'],
  },
];
const codes: CodeHit[] = [
  { code: 'C43', status: 'current', slug: 'post-graduation-work-permit', url: '/categories/post-graduation-work-permit/' },
  { code: 'C12', status: 'former', slug: 'intra-company-transferees', url: '/categories/intra-company-transferees/#codes' },
];

describe('search helpers', () => {
  it('cleans queries: control characters, spaces, length', () => {
    expect(cleanQuery('  c43\n\t ')).toBe('c43');
    expect(cleanQuery(null)).toBe('');
    expect(cleanQuery('x'.repeat(1000))).toHaveLength(200);
  });
  it('knows when there is nothing to search for', () => {
    expect(isSearchable('?!…—')).toBe(false);
    expect(isSearchable('عمل')).toBe(true);
    expect(isSearchable('🙂')).toBe(false);
  });
  it('puts the guide of a code first, in any spelling', () => {
    for (const q of ['c43', 'C-43', 'c 43']) expect(codeFirst(q, codes, vocab)?.entry.slug).toBe('post-graduation-work-permit');
    expect(codeFirst('C12', codes, vocab)?.hit.status).toBe('former');
    expect(codeFirst('C4', codes, vocab)).toBeNull();
    expect(codeFirst('Z99', codes, vocab)).toBeNull();
  });
  it('matches a title or common name whole', () => {
    expect(nameFirst('pgwp', vocab)?.slug).toBe('post-graduation-work-permit');
    expect(nameFirst('l 1', vocab)?.slug).toBe('intra-company-transferees');
    expect(nameFirst('work', vocab)).toBeNull();
  });
  it('finds the names that hold every word of the query at a word start, titles first', () => {
    const more: VocabEntry[] = [
      ...vocab,
      { slug: 'spouses-of-students', title: 'Spouses of students', url: '/s/', codes: ['C42'], formerCodes: [], aliases: [] },
      {
        slug: 'family-of-workers',
        title: 'Family of workers',
        url: '/f/',
        codes: ['C41'],
        formerCodes: [],
        aliases: ['spouse work permit'],
      },
      {
        slug: 'spousal-sponsorship-applicants',
        title: 'Spousal sponsorship applicants',
        url: '/p/',
        codes: ['A74'],
        formerCodes: [],
        aliases: [],
      },
    ];
    expect(nameMatches('spouse', more).map((v) => v.slug)).toEqual(['spouses-of-students', 'family-of-workers']);
    expect(nameMatches('Work permit', more).map((v) => v.slug)).toEqual(['post-graduation-work-permit', 'family-of-workers']);
    expect(nameMatches('ouse', more)).toEqual([]);
    expect(nameMatches('spouse students', more).map((v) => v.slug)).toEqual(['spouses-of-students']);
    expect(nameMatches('', more)).toEqual([]);
  });
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('a', 'abcdefghijklmnop', 3)).toBe(4);
  });
  it('suggests the closest names for a misspelling', () => {
    expect(suggest('transferes', vocab)[0]?.entry.slug).toBe('intra-company-transferees');
    expect(suggest('pgwq', vocab)[0]?.entry.slug).toBe('post-graduation-work-permit');
    expect(suggest('zzzzzzzzzz', vocab)).toEqual([]);
  });
});

describe('excerpts and labels', () => {
  it('splits a Pagefind excerpt into text and marked parts without keeping markup', () => {
    expect(excerptParts('a <mark>spouse</mark> of a &lt;b&gt; student')).toEqual([
      { text: 'a ', mark: false },
      { text: 'spouse', mark: true },
      { text: ' of a <b> student', mark: false },
    ]);
  });
  it('names a category by its current codes, then its former ones', () => {
    expect(codeLabel(vocab[0]!)).toBe('C61, C62, C63 — formerly C12');
    expect(codeLabel(vocab[1]!)).toBe('C43');
  });
});
