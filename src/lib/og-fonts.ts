/** The fonts of the link-preview images, read from npm packages so the images never depend on the fonts of the build machine. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

const require = createRequire(import.meta.url);

/** Family name → package and weights; each gets its latin subset (French included) and latin-ext. */
const FAMILIES = [
  { name: 'Noto Sans', pkg: 'noto-sans', weights: [400, 700] },
  { name: 'Noto Sans Mono', pkg: 'noto-sans-mono', weights: [700] },
] as const;

// satori looks for a glyph missing from one font in the others only if they have other names (with one name it
// draws a box), so each latin-ext file gets a name of its own; text asks for the main one and falls back.
const files = () =>
  FAMILIES.flatMap(({ name, pkg, weights }) =>
    weights.flatMap((weight) =>
      (['latin', 'latin-ext'] as const).map((subset) => ({
        name: subset === 'latin' ? name : `${name} Ext`,
        weight,
        path: require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`),
      })),
    ),
  );

let loaded: Promise<Font[]> | undefined;

/** Read once per process: every image of a build shares them. */
export function ogFonts(): Promise<Font[]> {
  loaded ??= Promise.all(
    files().map(async ({ name, weight, path }) => ({ name, weight, style: 'normal' as const, data: await readFile(path) })),
  );
  return loaded;
}
