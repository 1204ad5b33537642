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
  guideFolder,
  stylesheetOf,
  withoutRulesFor,
  withoutLoneCalc,
  withPlainCustomProperties,
  withThemeResolved,
} from '../lib/inline-css';

export interface InlinedCss {
  /** Each guide folder's path and the CSP source that allows the style of its pages. */
  styles: PageStyle[];
  /** How many pages (guides and parts) carry one. */
  pages: number;
  /** The smallest and largest inline stylesheet, in bytes. */
  smallest: number;
  largest: number;
}

/**
 * Replaces the site stylesheet link of every guide and guide part with a <style> holding only the rules it uses, so it
 * needs no second request before it can be drawn. The rules all guides may use are worked out once (PurgeCSS over every
 * guide, theme values written in), then each guide folder (a guide and its parts) keeps those its pages and scripts
 * name; the Content-Security-Policy of the folder's path allows that style by its hash.
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
  // A guide and its parts share one style (the rules any of them uses), so one policy rule covers the folder.
  const folders = Map.groupBy(pages, (p) => guideFolder(relative(out, p.file)));
  const styles: PageStyle[] = [];
  const sizes: number[] = [];
  for (const [folder, group] of folders) {
    const [own] = await new PurgeCSS().purge({
      content: [...group.map((p) => ({ raw: p.html, extension: 'html' })), ...scriptTexts.map((raw) => ({ raw, extension: 'js' }))],
      css: [{ raw: css }],
      defaultExtractor: cssWords,
      variables: true,
    });
    const folderCss = own!.css.trim();
    for (const p of group) await writeFile(p.file, inlineStylesheet(p.html, folderCss, relative(out, p.file)));
    styles.push({ path: folder, hash: cspHash(folderCss) });
    sizes.push(Buffer.byteLength(folderCss));
  }
  return { styles, pages: pages.length, smallest: Math.min(...sizes), largest: Math.max(...sizes) };
}
