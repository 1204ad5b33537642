/** Link-preview images (1200×630) from a page's own facts: an element tree that satori lays out with measured glyph widths. */
import satori from 'satori';
import sharp from 'sharp';
import { ogFonts } from './og-fonts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgProps {
  title: string;
  codes?: string;
  reviewed?: string;
  /** The site line, from the page's dictionary. */
  site: string;
}

type Style = Record<string, string | number>;
/** The shape satori reads (what JSX would make), written as plain objects so no React is needed. */
export interface OgNode {
  type: 'div';
  props: { style: Style; children?: string | OgNode[] };
}

const div = (style: Style, children?: string | OgNode[]): OgNode => ({ type: 'div', props: { style, children } });
/** Text cut after `lines` lines with "…"; satori wraps it by the measured width of its words. */
const text = (style: Style, lines: number, children: string) =>
  div({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis', ...style }, children);

export function ogElement({ title, codes, reviewed, site }: OgProps): OgNode {
  return div(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#0b4f8a',
      fontFamily: 'Noto Sans',
      fontWeight: 700,
    },
    [
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '74px 80px 0' }, [
        text({ fontSize: 36, lineHeight: '44px', color: '#cfe6fb' }, 1, site),
        text({ marginTop: 42, fontSize: 72, lineHeight: '84px', color: '#ffffff' }, 3, title),
        ...(codes
          ? [text({ marginTop: 36, fontFamily: 'Noto Sans Mono', fontSize: 40, lineHeight: '48px', color: '#ffd580' }, 2, codes)]
          : []),
      ]),
      div(
        { display: 'flex', alignItems: 'center', height: 70, padding: '0 80px', backgroundColor: '#083a66' },
        reviewed ? [text({ fontSize: 30, lineHeight: '36px', fontWeight: 400, color: '#ffffff' }, 1, reviewed)] : [],
      ),
    ],
  );
}

/** The image as SVG, its text drawn as paths: nothing in it names a font. */
export async function ogSvg(props: OgProps): Promise<string> {
  return satori(ogElement(props), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await ogFonts(),
    // A style satori does not support would otherwise be dropped silently.
    onStyleError: (error) => {
      throw error;
    },
  });
}

export async function ogPng(props: OgProps): Promise<Buffer> {
  return sharp(Buffer.from(await ogSvg(props)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
