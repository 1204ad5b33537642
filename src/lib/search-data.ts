import type { Category } from './catalog';
import { formerOnly, codeUrl, type CodeRecord } from './codes';
import { guidePath } from './paths';
import type { CodeHit, VocabEntry } from './search';
import { statusView } from './status';

/** The small vocabulary the search page ships: titles, codes and common names. */
export function searchVocab(categories: Category[], today: Date): VocabEntry[] {
  return categories.map((c) => {
    const status = statusView(c.data.status, today);
    return {
    slug: c.id,
    title: c.data.title,
    url: guidePath(c.id),
    codes: c.data.codes.map((x) => x.code),
    formerCodes: formerOnly(c.data),
    aliases: c.data.aliases,
    ...(status ? { status: status.text } : {}),
  };
  });
}

export function searchCodes(index: CodeRecord[]): CodeHit[] {
  return index.map((r) => ({ code: r.code, status: r.status, slug: r.slug, url: codeUrl(r) }));
}
