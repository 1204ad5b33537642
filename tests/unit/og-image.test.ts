import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content-files';
import { OG_HEIGHT, OG_WIDTH, ogElement, ogPng, ogSvg, type OgProps } from '../../src/lib/og-image';
import { ogFonts } from '../../src/lib/og-fonts';
import { ui } from '../../src/i18n';

const TITLE = '#ffffff';
const full: OgProps = {
  title: 'Post-doctoral fellows and award recipients',
  codes: 'C44 — formerly C12',
  reviewed: 'Last reviewed 1 November 2026',
  site: 'IMP Guide · Canada',
};

/** Lines drawn in one colour: the vertical extent of each glyph outline, merged where they overlap or nearly touch (an "i" and its dot). */
function drawnLines(svg: string, fill: string): number {
  const spans = [...svg.matchAll(new RegExp(`<path fill="${fill}" d="([^"]+)"`, 'g'))]
    .flatMap(([, d]) => d!.split('M').filter((c) => c.trim()))
    .map((contour) =>
      contour.split(/[LQZ]/).flatMap((pair) =>
        pair
          .trim()
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number)
          .filter((_, i) => i % 2 === 1),
      ),
    )
    .map((ys) => [Math.min(...ys), Math.max(...ys)] as const)
    .sort((a, b) => a[0] - b[0]);
  let lines = 0;
  let bottom = -Infinity;
  for (const [top, end] of spans) {
    if (top - bottom > 12) lines++;
    bottom = Math.max(bottom, end);
  }
  return lines;
}

/** satori's layout of the same tree with text left as <text> runs, so words and cuts can be read; and every piece of text no packaged font could draw. */
async function layout(props: OgProps) {
  const missing: string[] = [];
  const svg = await satori(ogElement(props), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await ogFonts(),
    embedFont: false,
    loadAdditionalAsset: async (_code, segment) => (missing.push(segment), []),
  });
  const runs = [...svg.matchAll(/<text [^>]*y="([\d.]+)"[^>]*font-size="72"[^>]*>([^<]*)<\/text>/g)].map(([, y, text]) => ({
    y: Number(y),
    text: text!,
  }));
  return { lines: new Set(runs.map((r) => r.y)).size, last: runs.at(-1)?.text, missing };
}

describe('link-preview images', () => {
  it('draws text as paths: the SVG has no <text> element and names no font', async () => {
    const svg = await ogSvg(full);
    expect(svg).not.toContain('<text');
    expect(svg).not.toMatch(/font-family|font=/i);
    expect(svg).toContain('<path');
  });

  it('wraps the title by measured width: wide letters take more lines than as many narrow ones', async () => {
    const words = (letter: string) => Array(6).fill(letter.repeat(5)).join(' ');
    const wide = drawnLines(await ogSvg({ title: words('W'), site: 'IMP' }), TITLE);
    const narrow = drawnLines(await ogSvg({ title: words('i'), site: 'IMP' }), TITLE);
    expect(narrow).toBe(1);
    expect(wide).toBe(3);
  });

  it('cuts a title that does not fit in 3 lines with "…", and leaves a short one whole', async () => {
    const long = await layout({
      title: 'Other free trade agreements: Chile, Colombia, Korea, Panama, Peru, Ukraine and many more countries besides',
      site: 'IMP',
    });
    expect(long).toMatchObject({ lines: 3, last: '…' });
    expect(await layout({ title: 'CETA', site: 'IMP' })).toMatchObject({ lines: 1, last: 'CETA' });
  });

  it('has a glyph for every character of both languages (no boxes), latin-ext included', async () => {
    const lines = (['en', 'fr'] as const).flatMap((lang) => {
      const t = ui(lang);
      return [
        {
          title: t.site.tagline,
          site: `${t.site.name} · ${t.site.tagline}`,
          reviewed: `${t.guide.lastReviewed} ${t.formatDate(new Date('2026-12-01'))}`,
          codes: `C10 — ${t.guide.formerly} C12`,
        },
        ...readContentDir(`content/${lang}/categories`).map((f) => ({ title: String(f.data.title), site: t.site.name })),
      ];
    });
    const missing = (
      await Promise.all(
        [...lines, { title: 'Łódź, Škoda, Őrség « ça » — œuvre…', site: 'IMP' }].map(async (p) => (await layout(p)).missing),
      )
    ).flat();
    expect(missing).toEqual([]);
  });

  it('renders a 1200×630 PNG that comes out the same with no system font at all', async () => {
    const png = await ogPng(full);
    expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    // fontconfig is read once per process, so a child renders the same SVG with an empty font configuration;
    // an SVG with a <text> element, rendered the same way, shows that the configuration indeed removes the fonts.
    const dir = mkdtempSync(join(tmpdir(), 'og-fonts-'));
    writeFileSync(join(dir, 'fonts.conf'), '<?xml version="1.0"?>\n<fontconfig/>\n');
    const svgs = [
      await ogSvg(full),
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="60" font-family="sans-serif" font-size="40">Hello</text></svg>`,
    ];
    const render = (env: NodeJS.ProcessEnv) => {
      const run = spawnSync(
        process.execPath,
        [
          '-e',
          `const sharp = require(${JSON.stringify(createRequire(import.meta.url).resolve('sharp'))});
        Promise.all(JSON.parse(require('fs').readFileSync(0, 'utf8')).map((s) => sharp(Buffer.from(s)).png({ compressionLevel: 9 }).toBuffer()))
          .then((pngs) => process.stdout.write(JSON.stringify(pngs.map((p) => p.toString('base64')))));`,
        ],
        { input: JSON.stringify(svgs), encoding: 'utf8', env: { ...process.env, ...env } },
      );
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as string[];
    };
    const [bare, bareText] = render({ FONTCONFIG_FILE: join(dir, 'fonts.conf') });
    const [, usualText] = render({});
    expect(bareText).not.toBe(usualText);
    expect(bare).toBe(png.toString('base64'));
  });
});
