import { describe, expect, it } from 'vitest';
import { categorySchema } from '../../src/lib/category-schema';
import { readContentFile } from '../../src/lib/content-files';
import { emailSummary } from '../../src/lib/email-summary';

const sample = categorySchema.parse(readContentFile('tests/fixtures/sample-category.mdx').data);

describe('copy summary for email', () => {
  it('is exactly this text for the sample guide', () => {
    expect(emailSummary(sample, 'https://imp-guide.example.org/categories/sample/', new Date('2026-12-01T00:00:00Z')))
      .toBe(`Sample category (Z61, Z62 — formerly Z12)
A sample open work permit used by the tests to check how a guide is built.

- Permit type: Open work permit
- What the employer does: None: no job offer or compliance fee needed
- How long it lasts: Up to three years.
- Family members: Spouses may qualify for their own permit.
- Where to apply: Online from inside Canada.
- Path to permanent residence: Canadian work experience can count.
- Legal basis: R205(c)(ii)

Guide: https://imp-guide.example.org/categories/sample/
Official source: Sample IRCC page https://www.canada.ca/en/immigration-refugees-citizenship/sample.html
Last reviewed: 1 November 2026
A plain-language summary, not legal advice. Check IRCC before you apply.`);
  });

  it('starts with the status when the scheme is not simply open', () => {
    const closed = {
      ...sample,
      status: { state: 'closed' as const, since: new Date('2025-12-19T00:00:00Z'), source: 'https://www.canada.ca/x.html' },
    };
    expect(emailSummary(closed, 'https://x.test/', new Date('2026-12-01T00:00:00Z'))).toContain(
      '\n\n- Status: Closed to new applicants since 19 December 2025.\n- Permit type:',
    );
  });

  it('spells out the abbreviations it uses, and only abbreviations', () => {
    const terms = [
      {
        id: 'ircc',
        term: 'IRCC',
        expansion: 'Immigration, Refugees and Citizenship Canada',
        match: ['IRCC'],
        definition: 'The department.',
        source: 'https://www.canada.ca/x.html',
      },
      {
        id: 'dli',
        term: 'DLI',
        expansion: 'designated learning institution',
        match: ['DLI', 'designated learning institution'],
        definition: 'A school.',
        source: 'https://www.canada.ca/x.html',
      },
    ];
    const text = emailSummary(
      { ...sample, summary: 'For graduates of a designated learning institution.' },
      'https://x.test/',
      new Date('2026-12-01T00:00:00Z'),
      undefined,
      terms,
    );
    expect(text).toContain('\n\nAbbreviations: IRCC: Immigration, Refugees and Citizenship Canada.\nA plain-language summary');
  });
});
