import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below `dir`, at any depth, whose path `keep` accepts. */
export async function* filesUnder(dir: string, keep: (path: string) => boolean): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path, keep);
    else if (keep(path)) yield path;
  }
}
