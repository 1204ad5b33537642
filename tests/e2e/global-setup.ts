import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { staleBuildReason } from '../../src/lib/build-freshness';

/** What the build is made from: a change to any of these after the build means the tests would test an old site. */
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs'];

/** Serves the built site once for all browser tests, with the same headers and redirects a static host applies. */
export default async function setup(project: TestProject) {
  const stale = staleBuildReason('dist', SOURCES);
  if (stale) throw new Error(stale);
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await startServer({ root: 'dist', port });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
