import { describe, expect, it } from 'vitest';
import {
  ABSENT_FROM_GUIDES,
  cssWords,
  hasStylesheet,
  inlineStylesheet,
  isGuideFile,
  guideFolder,
  resolveVars,
  stylesheetOf,
  withoutLoneCalc,
  withoutRulesFor,
  withPlainCustomProperties,
  withThemeResolved,
} from '../../src/lib/inline-css';

const PAGE = '<head><link rel="stylesheet" href="/_astro/Base.abc.css"></head><body class="flex">x</body>';

describe('guide files', () => {
  it('are the category pages of either language and their parts, not the list of categories', () => {
    expect(isGuideFile('categories/ceta/index.html')).toBe(true);
    expect(isGuideFile('fr/categories/ceta/index.html')).toBe(true);
    expect(isGuideFile('categories/index.html')).toBe(false);
    expect(isGuideFile('fr/categories/index.html')).toBe(false);
    expect(isGuideFile('faq/ceta/index.html')).toBe(false);
    expect(isGuideFile('categories/ceta/countries/index.html')).toBe(true);
    expect(isGuideFile('fr/categories/ceta/countries/index.html')).toBe(true);
    expect(isGuideFile('categories/ceta/a/b/index.html')).toBe(false);
  });

  it("belong to their guide's folder, a part with its guide", () => {
    expect(guideFolder('categories/ceta/index.html')).toBe('/categories/ceta/');
    expect(guideFolder('fr/categories/iec/countries/index.html')).toBe('/fr/categories/iec/');
    expect(() => guideFolder('faq/fees/index.html')).toThrow('faq/fees/index.html is not in a guide');
  });
});

describe('inlining the stylesheet', () => {
  it('finds the one stylesheet a page links', () => {
    expect(hasStylesheet(PAGE)).toBe(true);
    expect(hasStylesheet('<head></head>')).toBe(false);
    expect(stylesheetOf(PAGE, 'a.html')).toBe('/_astro/Base.abc.css');
  });

  it('names the page that links none, or more than one', () => {
    expect(() => stylesheetOf('<head></head>', 'moved/index.html')).toThrow('moved/index.html: expected one stylesheet link, found 0');
    expect(() => stylesheetOf(PAGE + PAGE, 'two.html')).toThrow('found 2');
  });

  it('puts the rules where the link was', () => {
    expect(inlineStylesheet(PAGE, '.flex{display:flex}', 'a.html')).toBe(
      '<head><style>.flex{display:flex}</style></head><body class="flex">x</body>',
    );
  });

  it('refuses rules that would close the style element', () => {
    expect(() => inlineStylesheet(PAGE, 'a{content:"</style>"}', 'a.html')).toThrow('a.html: the stylesheet contains "</style"');
  });
});

describe('words offered to the unused-rule remover', () => {
  it('keeps Tailwind class names whole, with their brackets and variants', () => {
    const words = cssWords('<p class="max-w-[70ch] sm:text-4xl aria-[current=page]:font-bold py-0.5">');
    expect(words).toEqual(expect.arrayContaining(['max-w-[70ch]', 'sm:text-4xl', 'aria-[current=page]:font-bold', 'py-0.5']));
  });

  it('offers attribute names on their own, for attribute selectors', () => {
    expect(cssWords('<a aria-current="page" data-status="closed">')).toEqual(
      expect.arrayContaining(['aria-current', 'data-status', 'page']),
    );
  });
});

describe('rules for parts of inputs guides do not have', () => {
  it('go, alone or from a list, and everything else stays', () => {
    const css = '::-webkit-datetime-edit{padding:0}button,::file-selector-button{font:inherit}::placeholder{opacity:1}a{color:red}';
    expect(withoutRulesFor(css, ABSENT_FROM_GUIDES)).toBe('button{font:inherit}::placeholder{opacity:1}a{color:red}');
  });
});

describe("Tailwind's theme, written into the rules", () => {
  const values = new Map([
    ['--spacing', '.25rem'],
    ['--text-sm--line-height', 'calc(1.25 / .875)'],
  ]);

  it('replaces the theme values, fallbacks included, and leaves other variables', () => {
    expect(resolveVars('calc(var(--spacing) * 4)', values)).toBe('calc(.25rem * 4)');
    expect(resolveVars('var(--tw-leading,var(--text-sm--line-height))', values)).toBe('var(--tw-leading,calc(1.25 / .875))');
    expect(resolveVars('var(--spacing, 1px) var(--other)', values)).toBe('.25rem var(--other)');
  });

  it('drops the theme layer once its values are in place', () => {
    const css =
      '@layer theme{:root{--spacing:.25rem;--pad:var(--spacing)}}@layer utilities{.mt-4{margin-top:calc(var(--spacing) * 4)}.p{padding:var(--pad)}.x{--tw-a:1;top:var(--tw-a)}}';
    expect(withThemeResolved(css)).toBe(
      '@layer utilities{.mt-4{margin-top:calc(.25rem * 4)}.p{padding:.25rem}.x{--tw-a:1;top:var(--tw-a)}}',
    );
  });
});

describe("Tailwind's helper variables", () => {
  it('are set on every element in the lowest layer, with their first values, and declared once', () => {
    const css =
      '@layer properties{@supports (x:y){*,:before,:after,::backdrop{--tw-a:0;--tw-b:initial}}}@layer utilities{.p{top:var(--tw-a)}}@property --tw-a{syntax:"*";inherits:false;initial-value:0}@property --tw-b{syntax:"*";inherits:false}';
    expect(withPlainCustomProperties(css)).toBe(
      '@layer properties{*,:before,:after,::backdrop{--tw-a:0;--tw-b:initial}}@layer utilities{.p{top:var(--tw-a)}}',
    );
  });

  it('leave a stylesheet without them as it is', () => {
    expect(withPlainCustomProperties('a{color:red}')).toBe('a{color:red}');
  });
});

describe('calc() around one value', () => {
  it('keeps the value alone, and leaves real sums and products', () => {
    expect(withoutLoneCalc('.mt-2{margin-top:calc(.5rem)}.x{top:calc(-1px)}.y{width:calc(50%)}')).toBe(
      '.mt-2{margin-top:.5rem}.x{top:-1px}.y{width:50%}',
    );
    const kept = '.a{width:calc(100% - 1rem)}.b{line-height:calc(1.25 / .875)}.c{margin:calc(.25rem * var(--n))}';
    expect(withoutLoneCalc(kept)).toBe(kept);
  });
});
