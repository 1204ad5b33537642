import { describe, expect, it } from 'vitest';
import { buildCodeIndex, codeLine, normalizeCode, resolveCode, type CategoryRef } from '../../src/lib/codes';

const cat = (slug: string, codes: string[], former: { code: string; became: string[] }[] = []): CategoryRef => ({
  slug,
  data: {
    title: slug,
    legalBasis: 'R205(a)',
    permit: 'open',
    codes: codes.map((code) => ({ code, title: `${code} title` })),
    formerCodes: former,
  },
});

describe('normalizeCode', () => {
  it('reads codes in any case and spelling', () => {
    expect(['c43', 'C43', 'c-43', ' C 43 ', 'c_43'].map(normalizeCode)).toEqual(Array(5).fill('C43'));
    expect(normalizeCode('C4')).toBeNull();
    expect(normalizeCode('C433')).toBeNull();
    expect(normalizeCode('pgwp')).toBeNull();
  });
});

describe('buildCodeIndex', () => {
  const index = buildCodeIndex([
    cat('ict', ['C61', 'C62', 'C63'], [{ code: 'C12', became: ['C61', 'C62', 'C63'] }]),
    cat('reciprocal', ['C20']),
    cat('camps', ['C24'], [{ code: 'C20', became: ['C24'] }]),
  ]);
  it('lists current codes, then former codes that are no longer used', () => {
    expect(index.map((r) => `${r.code}:${r.status}`)).toEqual([
      'C20:current',
      'C24:current',
      'C61:current',
      'C62:current',
      'C63:current',
      'C12:former',
    ]);
  });
  it("gives a code its own legal basis where it differs from its category's", () => {
    const coop = buildCodeIndex([
      {
        slug: 'co-op',
        data: {
          title: 'Co-op',
          legalBasis: 'R205(c)(i.1)',
          permit: 'open',
          codes: [
            { code: 'C32', title: 'Post-secondary' },
            { code: 'C33', title: 'Secondary', legalBasis: 'R205(c)(i.2)' },
          ],
          formerCodes: [],
        },
      },
    ]);
    expect(coop.map((r) => `${r.code} ${r.legalBasis}`)).toEqual(['C32 R205(c)(i.1)', 'C33 R205(c)(i.2)']);
  });
  it('records what a former code became, and what a current code replaced', () => {
    expect(index.find((r) => r.code === 'C12')?.became).toEqual(['C61', 'C62', 'C63']);
    expect(index.find((r) => r.code === 'C24')?.replaced).toEqual(['C20']);
  });
  it('resolves a code that is still current to its current use', () => {
    expect(resolveCode(index, 'c20')?.slug).toBe('reciprocal');
    expect(resolveCode(index, 'C-12')?.slug).toBe('ict');
    expect(resolveCode(index, 'C99')).toBeNull();
  });
  it('refuses a code claimed by two categories', () => {
    expect(() => buildCodeIndex([cat('a', ['C43']), cat('b', ['C43'])])).toThrow(/C43 is claimed by both a and b/);
    expect(() =>
      buildCodeIndex([cat('a', ['C61'], [{ code: 'C12', became: ['C61'] }]), cat('b', ['C62'], [{ code: 'C12', became: ['C62'] }])]),
    ).toThrow(/Former code C12/);
  });
});

describe('codeLine', () => {
  it('names current codes, then former ones', () => {
    expect(codeLine(cat('ict', ['C61', 'C62', 'C63'], [{ code: 'C12', became: ['C61'] }]).data)).toBe('C61, C62, C63 — formerly C12');
    expect(codeLine(cat('x', ['C43']).data)).toBe('C43');
  });
});
