import { describe, expect, it } from 'vitest';
import { comparePath as compareHref } from '../../src/lib/paths';
import { namesLookup, readCompareParam, resolveToken, type CompareLookup } from '../../src/lib/compare';

const lookup: CompareLookup = {
  slugs: ['post-graduation-work-permit', 'intra-company-transferees', 'cusma-professionals', 'spouses-of-students', 'research'],
  codeToSlug: {
    C43: 'post-graduation-work-permit',
    C61: 'intra-company-transferees',
    C63: 'intra-company-transferees',
    C12: 'intra-company-transferees',
    T36: 'cusma-professionals',
    T23: 'cusma-professionals',
    C42: 'spouses-of-students',
    C31: 'research',
  },
  nameToSlug: namesLookup([
    { id: 'post-graduation-work-permit', data: { title: 'Post-graduation work permit', aliases: ['PGWP'] } },
    { id: 'intra-company-transferees', data: { title: 'Intra-company transferees', aliases: ['ICT'] } },
    { id: 'spouses-of-students', data: { title: 'Spouses of students', aliases: ['working holiday'] } },
  ]),
};

describe('reading the comparison address', () => {
  it('accepts codes and slugs in any case, in the order given', () => {
    expect(readCompareParam('c43,C63', lookup)).toEqual({
      chosen: ['post-graduation-work-permit', 'intra-company-transferees'],
      notes: [],
    });
    expect(readCompareParam('T-23, Spouses-Of-Students', lookup).chosen).toEqual(['cusma-professionals', 'spouses-of-students']);
  });
  it('resolves former codes', () => {
    expect(resolveToken('c12', lookup)).toBe('intra-company-transferees');
  });
  it('shows repeats once and says so', () => {
    const state = readCompareParam('c61,c63,c12', lookup);
    expect(state.chosen).toEqual(['intra-company-transferees']);
    expect(state.notes).toEqual([{ kind: 'repeated', count: 2 }]);
  });
  it('keeps four and names the rest', () => {
    const state = readCompareParam('c43,c61,t36,c42,c31', lookup);
    expect(state.chosen).toHaveLength(4);
    expect(state.notes[0]).toEqual({ kind: 'extra', items: ['c31'] });
  });
  it('reports unknown items as plain text, shortened', () => {
    const state = readCompareParam('<script>alert(1)</script>,zz99,' + 'x'.repeat(100), lookup);
    expect(state.chosen).toEqual([]);
    expect(state.notes[0]).toEqual({ kind: 'unknown', items: ['<script>alert(1)</script>', 'zz99', 'x'.repeat(30) + '…'] });
  });
  it('treats an empty or missing list as nothing chosen', () => {
    expect(readCompareParam('', lookup)).toEqual({ chosen: [], notes: [] });
    expect(readCompareParam(null, lookup)).toEqual({ chosen: [], notes: [] });
    expect(readCompareParam(',,,', lookup)).toEqual({ chosen: [], notes: [] });
  });
});

describe('names, common names and abbreviations', () => {
  it('resolve in any case and spelling, in the box and in the address', () => {
    expect(resolveToken('PGWP', lookup)).toBe('post-graduation-work-permit');
    expect(resolveToken('pgwp', lookup)).toBe('post-graduation-work-permit');
    expect(resolveToken('Working-Holiday', lookup)).toBe('spouses-of-students');
    expect(resolveToken('intra company transferees', lookup)).toBe('intra-company-transferees');
    expect(readCompareParam('pgwp,ict', lookup).chosen).toEqual(['post-graduation-work-permit', 'intra-company-transferees']);
  });
  it('still reject what is no name, with a note', () => {
    expect(readCompareParam('pgwp,nonsense', lookup).notes).toEqual([{ kind: 'unknown', items: ['nonsense'] }]);
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
