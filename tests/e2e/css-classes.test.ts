// Every class the built pages and scripts use has a rule in the stylesheet: Tailwind writes rules only for the classes it
// finds in the sources, and global.css tells it to skip some words, so a class can lose its rule without any error.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist';

/** Classes that only mark an element for a script or a test, with no style of their own. */
const HOOKS = new Set<string>(['back-link']);

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : files(full, ext);
    return name.endsWith(ext) ? [full] : [];
  });
}

const css = files(join(DIST, '_astro'), '.css')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
/** Every class a selector of the stylesheet names, unescaped (".sm\:grid-cols-\[11rem_1fr\]" → "sm:grid-cols-[11rem_1fr]"). */
const styled = new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));

describe('the stylesheet', () => {
  it('has a rule for every class of every built page and of the scripts', () => {
    const used = new Map<string, string>();
    for (const file of files(DIST, '.html')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\sclass="([^"]*)"/g))
        for (const c of m[1]!.split(/\s+/).filter(Boolean)) if (!used.has(c)) used.set(c, file);
    }
    for (const file of files(join(DIST, '_astro'), '.js')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/className:\s*["'`]([^"'`]*)["'`]/g))
        for (const c of m[1]!.split(/\s+/).filter((c) => c && !c.includes('${'))) if (!used.has(c)) used.set(c, file);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([c]) => !styled.has(c) && !HOOKS.has(c)).map(([c, file]) => `${c} (${file})`);
    expect(missing).toEqual([]);
  });
});
