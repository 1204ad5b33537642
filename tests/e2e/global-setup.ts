import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

/** Serves the built site once for all browser tests, with the same headers and redirects a static host applies. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await startServer({ root: 'dist', port });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}
