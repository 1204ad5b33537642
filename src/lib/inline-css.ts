// Guides carry their own stylesheet inline, so a guide arrives in one response (see src/integrations/inline-guide-css.ts).
import postcss from 'postcss';

/** Built guide pages and their parts, by their path in the output folder: categories/<slug>/[<part>/]index.html. */
const GUIDE_FILE = /^(?:fr\/)?categories\/[^/]+\/(?:[^/]+\/)?index\.html$/;

export function isGuideFile(relativePath: string): boolean {
  return GUIDE_FILE.test(relativePath.split('\\').join('/'));
}

/**
 * The guide folder a built guide or guide part belongs to: fr/categories/iec/countries/index.html → /fr/categories/iec/.
 * A guide and its parts share one style, allowed by one policy rule for the folder.
 */
export function guideFolder(relativePath: string): string {
  const m = /^((?:fr\/)?categories\/[^/]+\/)/.exec(relativePath.split('\\').join('/'));
  if (!m) throw new Error(`${relativePath} is not in a guide's folder`);
  return `/${m[1]}`;
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

/** Replaces every var(--name…) whose name `values` holds by its value, fallback and all; other var()s stay. */
export function resolveVars(value: string, values: Map<string, string>): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at < 0) break;
    let depth = 0;
    let end = at + 3;
    do {
      if (value[end] === '(') depth++;
      else if (value[end] === ')') depth--;
      end++;
    } while (depth > 0 && end < value.length);
    const inner = value.slice(at + 4, end - 1);
    const name = /^\s*(--[\w-]+)/.exec(inner)?.[1];
    const known = name !== undefined && values.has(name);
    out += value.slice(i, at) + (known ? values.get(name)! : `var(${resolveVars(inner, values)})`);
    i = end;
  }
  return out + value.slice(i);
}

/**
 * Tailwind's theme (`@layer theme { :root { --spacing: .25rem; … } }`) written into the rules that use it, and then
 * dropped: the values never change on a guide, and "1rem" is shorter than "calc(var(--spacing) * 4)". Written here
 * because postcss-custom-properties leaves a :root inside a cascade layer alone.
 */
export function withThemeResolved(css: string): string {
  const root = postcss.parse(css);
  const values = new Map<string, string>();
  root.walkAtRules('layer', (layer) => {
    if (layer.params !== 'theme') return;
    layer.walkDecls(/^--/, (d) => void values.set(d.prop, d.value));
    layer.remove();
  });
  // Theme values may name other theme values (--default-font-family: var(--font-sans)).
  for (const [name, value] of values) values.set(name, resolveVars(resolveVars(value, values), values));
  root.walkDecls((d) => {
    if (d.value.includes('var(')) d.value = resolveVars(d.value, values);
  });
  return root.toString();
}

/**
 * Tailwind declares its helper variables twice: `@property` rules (so they don't inherit, with a first value) and, for
 * browsers without those, the same values set on every element inside `@supports`. Setting them on every element does
 * the same for every browser, so the guides keep only that, in the same lowest layer.
 */
export function withPlainCustomProperties(css: string): string {
  const root = postcss.parse(css);
  const first = new Map<string, string>();
  root.walkAtRules('property', (rule) => {
    let value = 'initial';
    rule.walkDecls('initial-value', (d) => void (value = d.value));
    first.set(rule.params.trim(), value);
    rule.remove();
  });
  if (!first.size) return css;
  const reset = postcss.rule({ selector: '*,:before,:after,::backdrop', raws: { before: '' } });
  for (const [name, value] of first) reset.append({ prop: name, value });
  let layer: postcss.AtRule | undefined;
  root.walkAtRules('layer', (l) => {
    if (l.params === 'properties' && l.nodes) layer ??= l;
  });
  if (layer) layer.removeAll().append(reset);
  else root.prepend(postcss.atRule({ name: 'layer', params: 'properties', nodes: [reset] }));
  return root.toString();
}

/** calc() around a single value ("calc(.5rem)", left by folding "calc(.25rem * 2)") is the value alone. */
export function withoutLoneCalc(css: string): string {
  return css.replace(/calc\((-?(?:\d*\.)?\d+(?:[a-z]+|%)?)\)/g, '$1');
}
