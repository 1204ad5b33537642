import { getCategories, guideSlugs } from './catalog';
import { readFinder } from './finder-data';
import { allNodes } from './finder';
import { FINDER_FIRST, type Lang } from './paths';

/** One page per finder question and result, for a language. */
export async function finderPaths(lang: Lang) {
  const [slugs, categories] = await Promise.all([guideSlugs(), getCategories(lang)]);
  const tree = readFinder(slugs, lang);
  return allNodes(tree).map((node) => ({
    params: { path: node.path.length ? node.path.join('/') : FINDER_FIRST },
    props: { node, categories },
  }));
}
