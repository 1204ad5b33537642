import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The version of an English file a translation records: the first 12 hex digits of its SHA-256. */
export function versionOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);
}

export interface TranslationState {
  page: string;
  state: 'current' | 'behind' | 'missing';
  english: string;
  translates?: string;
}

/** For every English guide, guide part and question: whether its French page exists and translates the current English. */
export function translationStatus(root = '.'): TranslationState[] {
  const out: TranslationState[] = [];
  const parts = join(root, 'content/en/parts');
  const partFolders = existsSync(parts) ? readdirSync(parts).map((guide) => `parts/${guide}`) : [];
  for (const kind of ['categories', 'faq', ...partFolders.sort()]) {
    const dir = join(root, 'content/en', kind);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const english = versionOf(join(dir, name));
      const fr = join(root, 'content/fr', kind, name);
      const page = `${kind}/${name.replace(/\.mdx$/, '')}`;
      if (!existsSync(fr)) {
        out.push({ page, state: 'missing', english });
        continue;
      }
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(fr, 'utf8'))?.[1] ?? '';
      const translates = String((parse(front) as { translates?: unknown } | null)?.translates ?? '');
      out.push({ page, state: translates === english ? 'current' : 'behind', english, translates });
    }
  }
  return out;
}
