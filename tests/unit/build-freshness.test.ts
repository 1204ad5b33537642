import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuildReason } from '../../src/lib/build-freshness';

function site(files: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'fresh-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  return root;
}
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('the e2e tests refuse a build they should not test', () => {
  const complete = ['dist/index.html', 'dist/pagefind/pagefind.js', 'dist/_headers', 'dist/_redirects', 'content/a.mdx'];

  it('accepts a complete build newer than its sources', () => {
    const root = site(complete);
    at(join(root, 'content/a.mdx'), 1_000);
    at(join(root, 'dist/index.html'), 2_000);
    expect(staleBuildReason(join(root, 'dist'), [join(root, 'content')])).toBeNull();
  });

  it('refuses a build older than a source file, saying what to do', () => {
    const root = site(complete);
    at(join(root, 'dist/index.html'), 1_000);
    at(join(root, 'content/a.mdx'), 2_000);
    expect(staleBuildReason(join(root, 'dist'), [join(root, 'content')])).toMatch(/is older than the sources .*run `npm run build` again/);
  });

  it('refuses a build without its search index', () => {
    const root = site(complete.filter((f) => !f.includes('pagefind')));
    expect(staleBuildReason(join(root, 'dist'), [join(root, 'content')])).toMatch(/incomplete \(no pagefind\/pagefind\.js\)/);
  });
});
