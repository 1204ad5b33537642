import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-script';
import { matchesFilter } from '../../src/lib/table-filter';
import { isOldSource, isoDay } from '../../src/lib/dates';
import { en } from '../../src/i18n/en';
import { relatedFaqs } from '../../src/lib/faq';
const formatDate = en.formatDate;

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const out = jsonForScript({ q: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ q: '</script><script>alert(1)</script>' });
  });
});

describe('matchesFilter', () => {
  it('reads a code in any spelling and needs every word', () => {
    expect(matchesFilter('C43 Post-graduation work permit', 'c-43')).toBe(true);
    expect(matchesFilter('C44 Post-doctoral fellows', 'c-43')).toBe(false);
    expect(matchesFilter('C61 Intra-company transferees R205(a)', 'intra r205')).toBe(true);
    expect(matchesFilter('C61 Intra-company transferees', 'intra cusma')).toBe(false);
  });
});

describe('dates', () => {
  it('writes dates as GOV.UK does, in UTC', () => {
    expect(formatDate(new Date('2022-12-15'))).toBe('15 December 2022');
    expect(isoDay(new Date('2025-01-21'))).toBe('2025-01-21');
  });

  it('calls a source old only when IRCC changed it more than 3 years before the review', () => {
    const reviewed = new Date('2026-11-25');
    expect(isOldSource(new Date('2023-11-24'), reviewed)).toBe(true);
    expect(isOldSource(new Date('2023-11-25'), reviewed)).toBe(false);
    expect(isOldSource(new Date('2025-01-21'), reviewed)).toBe(false);
  });
});

describe('relatedFaqs', () => {
  const q = (id: string, ...categories: string[]) => ({ id, data: { categories } });
  it('lists the questions about a guide, the most specific first, at most the limit', () => {
    const faqs = [q('fees', 'a', 'b', 'c'), q('other', 'b'), q('spouse', 'a', 'b'), q('pgwp', 'a'), q('codes', 'a', 'c')];
    expect(relatedFaqs(faqs, 'a', 3).map((f) => f.id)).toEqual(['pgwp', 'spouse', 'codes']);
    expect(relatedFaqs(faqs, 'z')).toEqual([]);
  });
});
