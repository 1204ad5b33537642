import { describe, expect, it } from 'vitest';
import { isOfficialUrl } from '../../src/lib/official';

describe('isOfficialUrl', () => {
  it('accepts Government of Canada sites over https', () => {
    for (const url of [
      'https://www.canada.ca/en/x.html',
      'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
      'https://www.jobbank.gc.ca/x',
      'https://ised-isde.canada.ca/x',
    ])
      expect(isOfficialUrl(url), url).toBe(true);
  });
  it('refuses other hosts, look-alikes, http and junk', () => {
    for (const url of [
      'https://example.com/',
      'https://canada.ca.evil.com/',
      'https://notcanada.ca/',
      'http://www.canada.ca/',
      'canada.ca',
      '',
    ])
      expect(isOfficialUrl(url), url).toBe(false);
  });
});
