import { en } from '../i18n/en';

export const MAX_TITLE = 70;

/** The <title>: "Page | IMP Guide", without the site name when that would pass 70 characters, cut at a word if still too long. */
export function pageTitle(raw: string, siteName: string = en.site.name): string {
  // A typographic apostrophe: the plain one is written as an entity in HTML, which title-length checks count whole.
  const title = raw.replace(/'/g, '’');
  const full = `${title} | ${siteName}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  return `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}
