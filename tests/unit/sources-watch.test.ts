import { describe, expect, it } from 'vitest';
import { collectSources, pagesConcerned, parseUpdates, readDay, readModified } from '../../src/lib/sources-watch';

describe("reading IRCC's dates", () => {
  it('reads ISO, US and GOV.UK-style days', () => {
    expect(['2025-02-03', 'February 3, 2025', '3 February 2025', 'Feb. 3, 2025'].map(readDay)).toEqual([
      '2025-02-03',
      '2025-02-03',
      '2025-02-03',
      null,
    ]);
  });
  it('takes dcterms.modified first, then the visible "Date modified" stamp', () => {
    expect(readModified('<meta content="2024-07-18" name="dcterms.modified"><p>Date modified: 2020-01-01</p>')).toBe('2024-07-18');
    expect(readModified('<dt>Date modified:</dt>\n<dd><time property="dateModified">2023-11-17</time></dd>')).toBe('2023-11-17');
    expect(readModified('<p>No date here</p>')).toBeNull();
  });
});

describe('the Program Delivery Updates table', () => {
  const html =
    '<tr><th>PDU title</th><th>Date published</th></tr><tr><td>tr</td><td><a href="updates/2026-c42.html">Spouses of students [R205(c)(ii) &#8211; C42]</a></td><td>March 4, 2026</td></tr>';
  it('gives each entry its date, title and full address', () => {
    expect(parseUpdates(html, 'https://www.canada.ca/en/x/updates.html')).toEqual([
      { date: '2026-03-04', title: 'Spouses of students [R205(c)(ii) – C42]', url: 'https://www.canada.ca/en/x/updates/2026-c42.html' },
    ]);
  });
  it('matches an entry to the pages whose codes or names it uses, as whole words', () => {
    const vocab = [
      { page: 'categories/spouses-of-students', codes: ['C42'], names: ['Spouses of students'] },
      { page: 'categories/ict', codes: ['C12'], names: ['ICT'] },
    ];
    const [update] = parseUpdates(html, 'https://www.canada.ca/');
    expect(pagesConcerned(update!, vocab)).toEqual([{ page: 'categories/spouses-of-students', matched: ['C42', 'Spouses of students'] }]);
    expect(pagesConcerned({ ...update!, title: 'Strict rules' }, vocab)).toEqual([]);
  });
});

describe('collecting cited pages', () => {
  it('lists each address once, without its fragment, with every page citing it', () => {
    const found = collectSources([
      { id: 'categories/a', sources: [{ url: 'https://www.canada.ca/p.html#x', modified: new Date('2025-01-01') }] },
      { id: 'faq/b', sources: [{ url: 'https://www.canada.ca/p.html', modified: '2024-06-01' }] },
    ]);
    expect(found).toEqual([{ url: 'https://www.canada.ca/p.html', modified: '2024-06-01', citedBy: ['categories/a', 'faq/b'] }]);
  });
});
