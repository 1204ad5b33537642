import { describe, expect, it } from 'vitest';
import { comparePath as compareHref } from '../../src/lib/paths';
import { readCompareParam, resolveToken, type CompareLookup } from '../../src/lib/compare';

const lookup: CompareLookup = {
  slugs: ['post-graduation-work-permit', 'intra-company-transferees', 'cusma-professionals', 'spouses-of-students', 'research'],
  codeToSlug: { C43: 'post-graduation-work-permit', C61: 'intra-company-transferees', C63: 'intra-company-transferees', C12: 'intra-company-transferees', T36: 'cusma-professionals', T23: 'cusma-professionals', C42: 'spouses-of-students', C31: 'research' },
};

describe('reading the comparison address', () => {
  it('accepts codes and slugs in any case, in the order given', () => {
    expect(readCompareParam('c43,C63', lookup)).toEqual({ chosen: ['post-graduation-work-permit', 'intra-company-transferees'], notes: [] });
    expect(readCompareParam('T-23, Spouses-Of-Students', lookup).chosen).toEqual(['cusma-professionals', 'spouses-of-students']);
  });
  it('resolves former codes', () => {
    expect(resolveToken('c12', lookup)).toBe('intra-company-transferees');
  });
  it('shows repeats once and says so', () => {
    const state = readCompareParam('c61,c63,c12', lookup);
    expect(state.chosen).toEqual(['intra-company-transferees']);
    expect(state.notes).toEqual(['2 repeated items were shown once.']);
  });
  it('keeps four and names the rest', () => {
    const state = readCompareParam('c43,c61,t36,c42,c31', lookup);
    expect(state.chosen).toHaveLength(4);
    expect(state.notes[0]).toContain('left out: c31');
  });
  it('reports unknown items as plain text, shortened', () => {
    const state = readCompareParam('<script>alert(1)</script>,zz99,' + 'x'.repeat(100), lookup);
    expect(state.chosen).toEqual([]);
    expect(state.notes[0]).toContain('“<script>alert(1)</script>”');
    expect(state.notes[0]).toContain('“zz99”');
    expect(state.notes[0]).toContain('x'.repeat(30) + '…');
  });
  it('treats an empty or missing list as nothing chosen', () => {
    expect(readCompareParam('', lookup)).toEqual({ chosen: [], notes: [] });
    expect(readCompareParam(null, lookup)).toEqual({ chosen: [], notes: [] });
    expect(readCompareParam(',,,', lookup)).toEqual({ chosen: [], notes: [] });
  });
});

describe('writing the comparison address', () => {
  it('lists slugs in order', () => {
    expect(compareHref(['research', 'cusma-professionals'])).toBe('/compare/?c=research,cusma-professionals');
    expect(compareHref([])).toBe('/compare/');
  });
  it('round-trips', () => {
    const chosen = ['cusma-professionals', 'research'];
    expect(readCompareParam(new URL(compareHref(chosen), 'https://x.test').searchParams.get('c'), lookup).chosen).toEqual(chosen);
  });
});
