/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: unit (pure functions, content files, Astro components) and e2e (the built site in Chromium).
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: most of a browser test is waiting on Chromium, and the machine has two cores.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
