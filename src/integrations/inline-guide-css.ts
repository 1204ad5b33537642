import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import reduceCalc from 'postcss-calc';
import { PurgeCSS } from 'purgecss';
import { cspHash } from '../lib/inline-scripts';
import type { PageStyle } from '../lib/host-files';
import { filesUnder } from './files-under';
import {
  ABSENT_FROM_GUIDES,
  cssWords,
  hasStylesheet,
  inlineStylesheet,
  isGuideFile,
  pagePath,
  stylesheetOf,
  withoutRulesFor,
  withoutLoneCalc,
  withPlainCustomProperties,
  withThemeResolved,
} from '../lib/inline-css';

export interface InlinedCss {
  /** Each inline-styled page's path and the CSP source that allows its style. */
  styles: PageStyle[];
  /** The smallest and largest inline stylesheet, in bytes. */
  smallest: number;
  largest: number;
}

/**
 * Replaces the site stylesheet link of every guide with a <style> holding only the rules that guide uses, so a guide
 * needs no second request before it can be drawn. The rules all guides may use are worked out once (PurgeCSS over every
 * guide, theme values written in), then each page keeps those its own markup and scripts name; the
 * Content-Security-Policy of each page's path allows its style by its hash.
 */
export async function inlineGuideCss(out: string): Promise<InlinedCss | null> {
  const guides: string[] = [];
  for await (const file of filesUnder(out, (path) => isGuideFile(relative(out, path)))) guides.push(file);
  // Redirect pages left by moved guides have no stylesheet to inline.
  const pages = (await Promise.all(guides.map(async (file) => ({ file, html: await readFile(file, 'utf8') })))).filter((p) =>
    hasStylesheet(p.html),
  );
  if (!pages.length) return null;
  const href = stylesheetOf(pages[0]!.html, relative(out, pages[0]!.file));
  for (const p of pages)
    if (stylesheetOf(p.html, relative(out, p.file)) !== href)
      throw new Error(`${relative(out, p.file)} links another stylesheet than ${href}`);
  // The scripts guides load later (their copy tools) name classes too, such as the status they add.
  const scripts = [...new Set(pages.flatMap((p) => [...p.html.matchAll(/"(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!)))];
  const scriptTexts = await Promise.all(scripts.map((s) => readFile(join(out, s), 'utf8')));
  const [purged] = await new PurgeCSS().purge({
    content: [...pages.map((p) => ({ raw: p.html, extension: 'html' })), ...scriptTexts.map((raw) => ({ raw, extension: 'js' }))],
    css: [join(out, href)],
    defaultExtractor: cssWords,
    variables: true,
    keyframes: true,
    fontFace: true,
  });
  // With the theme's values in place, calc(.25rem * 4) can become 1rem.
  const resolved = withPlainCustomProperties(withThemeResolved(withoutRulesFor(purged!.css, ABSENT_FROM_GUIDES)));
  const css = withoutLoneCalc((await postcss([reduceCalc({})]).process(resolved, { from: undefined })).css.trim());
  const styles: PageStyle[] = [];
  const sizes: number[] = [];
  for (const p of pages) {
    const [own] = await new PurgeCSS().purge({
      content: [{ raw: p.html, extension: 'html' }, ...scriptTexts.map((raw) => ({ raw, extension: 'js' }))],
      css: [{ raw: css }],
      defaultExtractor: cssWords,
      variables: true,
    });
    const pageCss = own!.css.trim();
    const where = relative(out, p.file);
    await writeFile(p.file, inlineStylesheet(p.html, pageCss, where));
    styles.push({ path: pagePath(where), hash: cspHash(pageCss) });
    sizes.push(Buffer.byteLength(pageCss));
  }
  return { styles, smallest: Math.min(...sizes), largest: Math.max(...sizes) };
}
