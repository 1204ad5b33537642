import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CodeBadges from '../../src/components/CodeBadges.astro';
import KeyFacts from '../../src/components/KeyFacts.astro';
import SourceList from '../../src/components/SourceList.astro';
import ChangeList from '../../src/components/ChangeList.astro';
import { categorySchema } from '../../src/lib/category-schema';
import { readContentFile } from '../../src/lib/content-files';

const sample = categorySchema.parse(readContentFile('tests/fixtures/sample-category.mdx').data);
const container = await AstroContainer.create();

describe('CodeBadges', () => {
  it('shows current codes and the former code once', async () => {
    const html = await container.renderToString(CodeBadges, { props: { data: sample } });
    expect(html).toMatch(/>Z61<.*>Z62</s);
    expect(html).toContain('formerly Z12');
  });
  it('shows no "formerly" badge when no code changed', async () => {
    const html = await container.renderToString(CodeBadges, { props: { data: { ...sample, formerCodes: [] } } });
    expect(html).not.toContain('formerly');
  });
});

describe('KeyFacts', () => {
  it('renders the key facts as a description list, with labels for the enumerated values', async () => {
    const html = await container.renderToString(KeyFacts, { props: { data: sample, today: new Date('2026-12-01') } });
    expect(html).toContain('<dl');
    const terms = [...html.matchAll(/<dt[^>]*>([^<]+)<\/dt>/g)].map((m) => m[1]);
    expect(terms).toEqual([
      'Permit type',
      'What the employer does',
      'How long it lasts',
      'Family members',
      'Where to apply',
      'Path to permanent residence',
      'Legal basis',
    ]);
    expect(html).toContain('Open work permit');
    expect(html).toContain('None: no job offer or compliance fee needed');
  });
});

describe('SourceList', () => {
  it('lists sources with IRCC dates and the reviewed date', async () => {
    const html = await container.renderToString(SourceList, { props: { sources: sample.sources, reviewed: sample.reviewed } });
    expect(html).toContain('href="https://www.canada.ca/en/immigration-refugees-citizenship/sample.html"');
    expect(html).toContain(
      'Changed by IRCC on <time datetime="2025-12-11">11 December 2025</time>; read by us on <time datetime="2026-02-12">12 February 2026</time>',
    );
    expect(html).toMatch(/Last reviewed:.*1 November 2026/s);
    expect(html).not.toContain('data-old-source');
  });

  it('marks a source IRCC changed more than 3 years before the review', async () => {
    const sources = [
      ...sample.sources,
      { title: 'An old page', url: 'https://www.canada.ca/en/old.html', modified: new Date('2018-04-05'), read: new Date('2026-02-12') },
    ];
    const html = await container.renderToString(SourceList, { props: { sources, reviewed: sample.reviewed } });
    expect(html.match(/data-old-source/g)).toHaveLength(1);
    expect(html).toMatch(/5 April 2018<\/time><span data-old-source> \(more than 3 years old when we last reviewed this guide/);
  });
});

describe('ChangeList', () => {
  it('lists changes newest first, or says there are none', async () => {
    const changes = [
      ...sample.changes,
      { date: new Date('2024-11-01'), summary: 'A newer sample change.', source: sample.changes[0]!.source },
    ];
    const html = await container.renderToString(ChangeList, { props: { changes } });
    expect(html.indexOf('1 November 2024')).toBeLessThan(html.indexOf('15 December 2022'));
    expect(await container.renderToString(ChangeList, { props: { changes: [] } })).toContain('No dated rule changes');
  });
});
