// Guides carry their own stylesheet inline, so a guide arrives in one response (see src/integrations/inline-guide-css.ts).
import postcss from 'postcss';

/** Built guide pages, by their path inside the output folder: categories/<slug>/index.html, in either language. */
const GUIDE_FILE = /^(?:fr\/)?categories\/[^/]+\/index\.html$/;

export function isGuideFile(relativePath: string): boolean {
  return GUIDE_FILE.test(relativePath.split('\\').join('/'));
}

const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g;

/** Whether a built page links a stylesheet at all (a moved page's redirect page does not). */
export function hasStylesheet(html: string): boolean {
  return html.search(STYLESHEET_LINK) >= 0;
}

/** The one site stylesheet a built page links to; a page with none or several is an error, named by `where`. */
export function stylesheetOf(html: string, where: string): string {
  const hrefs = [...html.matchAll(STYLESHEET_LINK)].map((m) => m[1]!);
  if (hrefs.length !== 1) throw new Error(`${where}: expected one stylesheet link, found ${hrefs.length}`);
  return hrefs[0]!;
}

/** The page with its stylesheet link replaced by a <style> holding `css`. */
export function inlineStylesheet(html: string, css: string, where: string): string {
  stylesheetOf(html, where);
  if (/<\/style/i.test(css)) throw new Error(`${where}: the stylesheet contains "</style", which would end the inline style early`);
  return html.replace(STYLESHEET_LINK, () => `<style>${css}</style>`);
}

/**
 * Words a page offers the unused-rule remover: every run of characters that can be part of a class, so Tailwind's
 * "max-w-[70ch]" or "aria-[current=page]:font-bold" stays whole (the remover's default splits them at "[" and ":").
 */
export function cssWords(content: string): string[] {
  const words = content.match(/[^<>"'`\s]*[^<>"'`\s:]/g) ?? [];
  // Attribute names alone too ("aria-current=" → "aria-current"), for selectors like [aria-current=page].
  return [...words, ...words.flatMap((w) => (w.includes('=') ? w.split('=').filter(Boolean) : []))];
}

/**
 * The reset's rules for parts of inputs no guide has (date, number and file inputs): the unused-rule remover keeps any
 * selector made of a pseudo-element alone, since it cannot tell which element it belongs to.
 */
export const ABSENT_FROM_GUIDES = /^::(-webkit-(date|calendar|inner-spin|outer-spin)|file-selector-button)/;

/** The stylesheet without the selectors `absent` matches; a rule left with no selector goes. */
export function withoutRulesFor(css: string, absent: RegExp): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((s) => !absent.test(s.trim()));
    if (!kept.length) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  return root.toString();
}
