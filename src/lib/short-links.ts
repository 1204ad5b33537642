import { getCodeIndex } from './catalog';
import type { Lang } from './paths';

/** Every short link of a language, in both cases: /c43/ and /C43/. */
export async function shortLinkPaths(lang: Lang) {
  return (await getCodeIndex(lang)).flatMap((record) =>
    [record.code, record.code.toLowerCase()].map((code) => ({ params: { code }, props: { record } })),
  );
}
