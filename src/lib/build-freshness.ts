import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of any file under these paths; 0 when none exists. */
export function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** Why a built site cannot be tested as it is, or null when it is complete and newer than its sources. */
export function staleBuildReason(dist: string, sources: string[]): string | null {
  const required = ['index.html', 'pagefind/pagefind.js', '_headers', '_redirects'];
  const missing = required.filter((f) => !existsSync(join(dist, f)));
  if (missing.length) return `${dist}/ is incomplete (no ${missing.join(', ')}): run \`npm run build\` first (npm test does).`;
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const changed = newestChange(sources);
  if (changed > built)
    return `${dist}/ is older than the sources (changed ${new Date(changed).toISOString()}, built ${new Date(built).toISOString()}): run \`npm run build\` again.`;
  return null;
}
