// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteUrl } from './src/lib/site.ts';
import { MOVED_PAGES } from './src/lib/moved-pages.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { glossaryPlugin } from './src/lib/glossary-plugin.ts';
import { readGlossary } from './src/lib/glossary-data.ts';
import { glossaryPath } from './src/lib/paths.ts';
import { sectionLinksPlugin } from './src/lib/section-links-plugin.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Astro inlines nothing: the policy allows only the inline scripts and the guides' inline style it names by hash
  // (src/lib/inline-scripts.ts, src/integrations/inline-guide-css.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), postBuild()],
  redirects: MOVED_PAGES,
  // "## Who it is for {#who}" fixes a heading's id, so section links survive rewording and translation.
  // The first use of a glossary term on a page links to its entry.
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [glossaryPlugin({ en: readGlossary('en'), fr: readGlossary('fr') }, glossaryPath)],
      hastPlugins: [sectionLinksPlugin()],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX output trips this bundler warning on every file (withastro/astro#18087, open in Astro 7.3.5,
        // the latest release). Only that exact warning is dropped; every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
