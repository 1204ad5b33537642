import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkedTree, finderWordsSchema, translateTree, type FinderTree } from './finder';
import type { Lang } from './paths';

const FILE = 'content/data/finder.yaml';

/** The finder's questions, checked against the guides that exist, in a language; a problem fails the build naming the file. */
export function readFinder(slugs: string[], lang: Lang = 'en'): FinderTree {
  const tree = checkedTree(parse(readFileSync(FILE, 'utf8')), slugs, FILE);
  if (lang === 'en') return tree;
  const file = `content/${lang}/finder.yaml`;
  if (!existsSync(file)) throw new Error(`${file} is missing: the finder needs its words in this language`);
  const parsed = finderWordsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return translateTree(tree, parsed.data, file);
}
