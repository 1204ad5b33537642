import type { Category } from './catalog';
import { formerOnly, codeUrl, type CodeRecord } from './codes';
import { guidePath, type Lang } from './paths';
import { en, type Dictionary } from '../i18n/en';
import type { CodeHit, VocabEntry } from './search';
import { statusView } from './status';

/** The small vocabulary the search page ships: titles, codes and common names. */
export function searchVocab(categories: Category[], today: Date, t: Dictionary = en): VocabEntry[] {
  return categories.map((c) => {
    const status = statusView(c.data.status, today, t);
    return {
      slug: c.id,
      title: c.data.title,
      url: guidePath(c.id, undefined, t.lang as Lang),
      codes: c.data.codes.map((x) => x.code),
      formerCodes: formerOnly(c.data),
      aliases: c.data.aliases,
      ...(status ? { status: status.text } : {}),
    };
  });
}

export function searchCodes(index: CodeRecord[], lang: Lang = 'en'): CodeHit[] {
  return index.map((r) => ({ code: r.code, status: r.status, slug: r.slug, url: codeUrl(r, lang) }));
}
