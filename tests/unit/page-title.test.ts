import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/page-title';

describe('pageTitle', () => {
  it('adds the site name when it fits', () => expect(pageTitle('Research (C31)')).toBe('Research (C31) | IMP Guide'));
  it('drops the site name when it would not fit', () => {
    const t = 'Post-doctoral fellows and award recipients (C44, C52 — formerly C44)';
    expect(pageTitle(t)).toBe(t);
  });
  it('uses the typographic apostrophe', () =>
    expect(pageTitle("Personnes mutées à l'intérieur d'une société")).toBe('Personnes mutées à l’intérieur d’une société | IMP Guide'));
  it('cuts a very long title at a word, within 70 characters', () => {
    const out = pageTitle('Family members of foreign nationals authorized to work in high-skilled occupations and more words');
    expect(out.length).toBeLessThanOrEqual(70);
    expect(out.endsWith('…')).toBe(true);
  });
});
