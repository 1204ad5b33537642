import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { headersFile } from '../lib/host-files';
import { nginxRules, parseHeaders, parseRedirects } from '../lib/host-rules';
import { DEFAULT_SITE_URL } from '../lib/site';
import { inlineGuideCss } from './inline-guide-css';
import { precompress } from './precompress';
import { filesUnder } from './files-under';
import { withPlainApostrophes } from '../lib/search-words';
import { SECTION_LINK_LABEL_ID } from '../lib/section-links-plugin';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
const CLOUDFLARE_HEADER_RULES = 100;

/**
 * Finishes `astro build`: the guides' inline stylesheet, `_headers` (whose policy allows that style by its hash), the
 * Pagefind index (through its Node API), the nginx rules, and a .gz and .br beside every text file, so any host's default
 * build is complete.
 */
export function postBuild(): AstroIntegration {
  return {
    name: 'imp-guide-post-build',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) {
          logger.warn(
            `SITE_URL is not set: canonical links, the sitemap and link previews name the placeholder ${DEFAULT_SITE_URL}. Copied links, email summaries and printouts still use the address the reader is on. For a real deployment: SITE_URL=https://your.domain npm run build`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const inlined = await inlineGuideCss(out);
        const headers = headersFile(inlined?.styles ?? []);
        writeFileSync(join(out, '_headers'), headers);
        const headerRuleCount = parseHeaders(headers).length;
        if (headerRuleCount > CLOUDFLARE_HEADER_RULES)
          logger.warn(
            `_headers has ${headerRuleCount} rules; Cloudflare Pages reads only ${CLOUDFLARE_HEADER_RULES} (nginx and Netlify read them all)`,
          );
        if (inlined) {
          const kb = (n: number) => (n / 1024).toFixed(1);
          logger.info(
            `Inlined its own styles into each of ${inlined.styles.length} guide folders (${inlined.pages} guides and parts): ${kb(inlined.smallest)} to ${kb(inlined.largest)} KB`,
          );
        }

        const started = Date.now();
        // Section links (a "#" each) and their one label are not words of the page.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.section-link', `#${SECTION_LINK_LABEL_ID}`] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let files = 0;
        for await (const file of filesUnder(out, (path) => path.endsWith('.html'))) {
          const added = await index.addHTMLFile({
            sourcePath: relative(out, file),
            content: withPlainApostrophes(await readFile(file, 'utf8')),
          });
          if (added.errors.length) throw new Error(`Pagefind could not index ${relative(out, file)}: ${added.errors.join('; ')}`);
          files++;
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind read ${files} HTML files in ${Date.now() - started} ms`);

        // nginx rules beside the output folder (dist → dist-nginx), from the same _headers and _redirects static hosts read.
        const rulesDir = join(dirname(out), `${basename(out)}-nginx`);
        mkdirSync(rulesDir, { recursive: true });
        const read = (name: string) => readFileSync(join(out, name), 'utf8');
        writeFileSync(
          join(rulesDir, 'imp-guide-rules.conf'),
          nginxRules(parseHeaders(read('_headers')), parseRedirects(read('_redirects'))),
        );
        logger.info(`nginx rules written to ${join(basename(rulesDir), 'imp-guide-rules.conf')}`);

        const compressing = Date.now();
        const c = await precompress(out);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(
          `Precompressed ${c.files} files in ${Date.now() - compressing} ms: ${kb(c.raw)} raw, ${kb(c.gzip)} gzip, ${kb(c.brotli)} brotli`,
        );
      },
    },
  };
}
