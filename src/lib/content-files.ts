import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** A content file read straight from disk (for tests and scripts that run outside Astro). */
export interface RawContentFile {
  slug: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export function readContentDir(dir: string): RawContentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readContentFile(join(dir, name)));
}

export function readContentFile(path: string): RawContentFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: expected frontmatter between "---" lines`);
  return { slug: basename(path, '.mdx'), path, data: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}

/** Ids fixed in the body with "{#id}" or written as id="…". */
export function bodyIds(body: string): string[] {
  const ids = [...body.matchAll(/\{#([a-z][a-z0-9-]*)\}/g), ...body.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)];
  return ids.map((m) => m[1] as string);
}
