import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkedTree, type FinderTree } from './finder';

const FILE = 'content/data/finder.yaml';

/** The finder's questions, checked against the guides that exist; a problem fails the build naming the file. */
export function readFinder(slugs: string[]): FinderTree {
  return checkedTree(parse(readFileSync(FILE, 'utf8')), slugs, FILE);
}
