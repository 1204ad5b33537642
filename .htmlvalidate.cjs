// html-validate configuration for the built pages. Every exception says why.
module.exports = {
  extends: ['html-validate:recommended'],
  rules: {
    // Short-link pages redirect with <meta http-equiv="refresh"> on purpose; a canonical link and a visible link go with it.
    'meta-refresh': 'off',
    // Astro writes the pages left at moved addresses (src/lib/moved-pages.ts) with "<!doctype html>"; case does not matter to browsers.
    'doctype-style': 'off',
    // Custom elements (site-search, compare-island, table-filter, not-found-help) are defined by our own scripts.
    'no-unknown-elements': 'off',
  },
};
