/** Hosts we accept as official sources: the Government of Canada and its law and gazette sites. */
export const OFFICIAL_HOSTS = ['www.canada.ca', 'canada.ca', 'laws-lois.justice.gc.ca', 'gazette.gc.ca', 'www.gazette.gc.ca', 'college-ic.ca'] as const;

export function isOfficialUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && (OFFICIAL_HOSTS as readonly string[]).includes(url.hostname);
}
