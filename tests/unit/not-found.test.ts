import { describe, expect, it } from 'vitest';
import { notFoundSuggestions } from '../../src/lib/not-found';
import type { CodeHit, VocabEntry } from '../../src/lib/search';

const vocab: VocabEntry[] = [
  {
    slug: 'intra-company-transferees',
    title: 'Intra-company transferees',
    url: '/categories/intra-company-transferees/',
    codes: ['C61'],
    formerCodes: ['C12'],
    aliases: ['ICT'],
  },
  { slug: 'research', title: 'Research', url: '/categories/research/', codes: ['C31'], formerCodes: [], aliases: [] },
];
const codes: CodeHit[] = [
  { code: 'C12', status: 'former', slug: 'intra-company-transferees', url: '/categories/intra-company-transferees/#codes' },
];

describe('the 404 page', () => {
  it('reads an address that looks like a code', () => {
    for (const path of ['/c-12', '/C12/', '/c_12/'])
      expect(notFoundSuggestions(path, vocab, codes)[0]?.href).toBe('/categories/intra-company-transferees/#codes');
  });
  it('reads an alias or abbreviation typed as a path', () => {
    expect(notFoundSuggestions('/categories/ict/', vocab, codes)).toEqual([
      { href: '/categories/intra-company-transferees/', label: 'Intra-company transferees' },
    ]);
    expect(notFoundSuggestions('/Research', vocab, codes)[0]?.href).toBe('/categories/research/');
  });
  it('offers a guide whose slug is close', () => {
    expect(notFoundSuggestions('/categories/intra-company-transferes/', vocab, codes)[0]?.href).toBe(
      '/categories/intra-company-transferees/',
    );
  });
  it('offers nothing for an address that is far from everything', () => {
    expect(notFoundSuggestions('/wp-admin/setup.php', vocab, codes)).toEqual([]);
  });
});
