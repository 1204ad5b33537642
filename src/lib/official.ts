/** Official sources: Government of Canada sites (canada.ca, *.canada.ca, *.gc.ca) and the consultants' regulator set up by federal law. */
const OFFICIAL_SUFFIXES = ['.canada.ca', '.gc.ca'];
const OFFICIAL_EXACT = ['canada.ca', 'college-ic.ca'];

export function isOfficialUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname;
  return url.protocol === 'https:' && (OFFICIAL_EXACT.includes(host) || OFFICIAL_SUFFIXES.some((s) => host.endsWith(s)));
}
